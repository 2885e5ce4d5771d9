package vn.thidua.movement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import vn.thidua.common.BaseEntity;
import vn.thidua.common.TextFold;

/** An emulation movement [phong trào thi đua]: province-wide, every logged-in role reads it. */
@Entity
@Table(name = "movement")
public class Movement extends BaseEntity {
    @Column(nullable = false, unique = true, length = 30)
    public String code;

    @Column(nullable = false, length = 300)
    public String name;

    @Column(name = "name_folded", nullable = false, length = 300)
    public String nameFolded;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public MovementKind kind;

    /** A body outside the association (e.g. "UBND tỉnh Tây Ninh"); or {@link #launchingOrgUnitId}. */
    @Column(name = "launched_by", length = 200)
    public String launchedBy;

    @Column(name = "launching_org_unit_id")
    public Long launchingOrgUnitId;

    @Column(name = "tied_to_movement_id")
    public Long tiedToMovementId;

    @Column(name = "start_date", nullable = false)
    public LocalDate startDate;

    @Column(name = "end_date")
    public LocalDate endDate;

    @Column(columnDefinition = "TEXT")
    public String description;

    @Column(columnDefinition = "TEXT")
    public String criteria;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public MovementStatus status;

    public void setName(String n) {
        name = n;
        nameFolded = TextFold.fold(n);
    }
}
