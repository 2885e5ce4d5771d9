package vn.thidua.nomination;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import vn.thidua.common.BaseEntity;
import vn.thidua.common.TextFold;

@Entity
@Table(name = "nomination")
public class Nomination extends BaseEntity {
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    public Category category;

    @Enumerated(EnumType.STRING)
    @Column(name = "nominee_type", nullable = false, length = 20)
    public NomineeType nomineeType;

    @Column(name = "nominee_name", nullable = false, length = 200)
    public String nomineeName;

    @Enumerated(EnumType.STRING)
    @Column(length = 10)
    public Gender gender;

    @Column(name = "birth_year")
    public Integer birthYear;

    @Column(length = 200)
    public String position;

    @Column(length = 300)
    public String workplace;

    @Column(name = "member_count")
    public Integer memberCount;

    @Column(length = 200)
    public String contact;

    @Column(length = 200)
    public String field;

    @Column(name = "movement_id")
    public Long movementId;

    @Column(nullable = false, length = 300)
    public String title;

    @Column(nullable = false, columnDefinition = "TEXT")
    public String achievements;

    @Column(name = "search_folded", nullable = false, columnDefinition = "TEXT")
    public String searchFolded;

    @Column(name = "public_consent", nullable = false)
    public boolean publicConsent;

    @Column(name = "org_unit_id", nullable = false)
    public long orgUnitId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public NominationStatus status;

    /** The day it was first submitted (Asia/Ho_Chi_Minh): what `period`, `from` and `to` filter on. */
    @Column(name = "submitted_on")
    public LocalDate submittedOn;

    @Column(name = "honor_decision_number", length = 50)
    public String honorDecisionNumber;

    @Column(name = "honor_decision_date")
    public LocalDate honorDecisionDate;

    @Column(name = "honor_form", length = 200)
    public String honorForm;

    @Column(name = "created_by", nullable = false, length = 100)
    public String createdBy;

    void refold() {
        searchFolded = TextFold.fold(nomineeName + " | " + title + " | " + achievements);
    }
}
