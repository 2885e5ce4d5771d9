package vn.thidua.plan;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.BatchSize;
import vn.thidua.common.BaseEntity;
import vn.thidua.common.TextFold;

/**
 * A plan [kế hoạch]. Its number and symbol (e.g. {@code 05/KH-CTĐ}) is given when it is issued, from the
 * issuing unit's sequence of the issue year; an issued plan is read-only.
 */
@Entity
@Table(name = "plan")
public class Plan extends BaseEntity {
    @Column(length = 40)
    public String number;

    @Column(name = "number_year")
    public Integer numberYear;

    @Column(name = "number_seq")
    public Integer numberSeq;

    @Column(name = "issued_on")
    public LocalDate issuedOn;

    @Column(name = "issuing_org_unit_id", nullable = false)
    public Long issuingOrgUnitId;

    @Column(nullable = false)
    public int year;

    @Column(nullable = false, length = 500)
    public String title;

    @Column(name = "title_folded", nullable = false, length = 500)
    public String titleFolded;

    @Column(columnDefinition = "TEXT")
    public String purposes;

    @Column(columnDefinition = "MEDIUMTEXT")
    public String contents;

    @Column(columnDefinition = "TEXT")
    public String forms;

    /** Tổ chức thực hiện. */
    @Column(columnDefinition = "TEXT")
    public String implementation;

    @Column(name = "signer_name", length = 150)
    public String signerName;

    @Column(name = "signer_title", length = 150)
    public String signerTitle;

    @Column(name = "signer_prefix", length = 50)
    public String signerPrefix;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public PlanStatus status;

    @ElementCollection
    @CollectionTable(name = "plan_legal_basis", joinColumns = @JoinColumn(name = "plan_id"))
    @OrderColumn(name = "position")
    @BatchSize(size = 100)
    public List<LegalBasis> legalBases = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "plan_recipient", joinColumns = @JoinColumn(name = "plan_id"))
    @OrderColumn(name = "position")
    @Column(name = "recipient", nullable = false, length = 300)
    @BatchSize(size = 100)
    public List<String> recipients = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "plan_movement", joinColumns = @JoinColumn(name = "plan_id"))
    @OrderColumn(name = "position")
    @Column(name = "movement_id", nullable = false)
    @BatchSize(size = 100)
    public List<Long> movementIds = new ArrayList<>();

    public void setTitle(String t) {
        title = t;
        titleFolded = TextFold.fold(t);
    }

    /** A document the plan is based on [căn cứ]. */
    @Embeddable
    public static class LegalBasis {
        @Column(nullable = false, length = 60)
        public String number;

        @Column(name = "issued_on")
        public LocalDate date;

        @Column(length = 200)
        public String issuer;

        @Column(length = 500)
        public String title;
    }
}
