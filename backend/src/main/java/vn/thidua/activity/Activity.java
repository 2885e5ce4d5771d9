package vn.thidua.activity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;

@Entity
@Table(name = "activity")
public class Activity extends CheckedRecord {
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    public ActivityType type;

    @Column(nullable = false, length = 300)
    public String title;

    @Column(name = "start_date", nullable = false)
    public LocalDate startDate;

    @Column(name = "end_date")
    public LocalDate endDate;

    @Column(length = 300)
    public String location;

    @Column(name = "org_unit_id", nullable = false)
    public Long orgUnitId;

    @Column(name = "movement_id")
    public Long movementId;

    @Column(name = "nomination_id")
    public Long nominationId;

    public Integer participants;

    public Integer beneficiaries;

    @Column(name = "gift_count")
    public Integer giftCount;

    @Column(name = "gift_cash_vnd")
    public Long giftCashVnd;

    @Column(name = "gift_in_kind_vnd")
    public Long giftInKindVnd;

    @Column(columnDefinition = "TEXT")
    public String description;


    /** Title and location folded for q (see RecordQuery.search). */
    @Column(name = "search_folded", nullable = false, length = 700)
    public String searchFolded;
}
