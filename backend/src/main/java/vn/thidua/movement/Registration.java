package vn.thidua.movement;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.BatchSize;
import vn.thidua.common.BaseEntity;

/** A unit's registration [đăng ký thi đua] for a movement, with its commitments and numeric targets. */
@Entity
@Table(name = "movement_registration")
public class Registration extends BaseEntity {
    @Column(name = "movement_id", nullable = false)
    public Long movementId;

    @Column(name = "org_unit_id", nullable = false)
    public Long orgUnitId;

    @Column(name = "registered_on", nullable = false)
    public LocalDate registeredOn;

    @Column(nullable = false, columnDefinition = "TEXT")
    public String commitments;

    @ElementCollection
    @CollectionTable(name = "registration_target", joinColumns = @JoinColumn(name = "registration_id"))
    @OrderColumn(name = "position")
    @BatchSize(size = 100)
    public List<Target> targets = new ArrayList<>();

    @Embeddable
    public static class Target {
        @Column(nullable = false, length = 200)
        public String name;

        @Column(name = "target_value", nullable = false)
        public double value;

        @Column(length = 50)
        public String unit;
    }
}
