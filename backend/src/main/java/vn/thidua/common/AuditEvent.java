package vn.thidua.common;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "audit_event")
public class AuditEvent extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, length = 100)
    public String actor;

    @Column(nullable = false, length = 50)
    public String action;

    @Column(name = "entity_type", nullable = false, length = 50)
    public String entityType;

    @Column(name = "entity_id")
    public Long entityId;

    @Column(nullable = false)
    public Instant at;

    @Column(name = "before_json", columnDefinition = "LONGTEXT")
    public String beforeJson;

    @Column(name = "after_json", columnDefinition = "LONGTEXT")
    public String afterJson;
}
