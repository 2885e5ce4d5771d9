package vn.thidua.nomination;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One line of a nomination's timeline: CREATE, a workflow action, or EDIT (with the changed field names). */
@Entity
@Table(name = "nomination_event")
public class NominationEvent extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "nomination_id", nullable = false)
    public long nominationId;

    @Column(nullable = false, length = 20)
    public String action;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", length = 20)
    public NominationStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", length = 20)
    public NominationStatus toStatus;

    /** For EDIT: the changed fields, comma-separated. */
    @Column(name = "changed_fields", length = 1000)
    public String changedFields;

    @Column(nullable = false, length = 100)
    public String actor;

    @Column(name = "actor_name", length = 150)
    public String actorName;

    @Column(nullable = false)
    public Instant at;

    @Column(columnDefinition = "TEXT")
    public String comment;
}
