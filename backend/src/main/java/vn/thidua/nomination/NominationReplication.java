package vn.thidua.nomination;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

@Entity
@Table(name = "nomination_replication")
public class NominationReplication extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "nomination_id", nullable = false)
    public long nominationId;

    @Column(name = "adopting_org_unit_id")
    public Long adoptingOrgUnitId;

    @Column(name = "adopting_unit_name", nullable = false, length = 200)
    public String adoptingUnitName;

    @Column(name = "replicated_on", nullable = false)
    public LocalDate replicatedOn;

    @Column(columnDefinition = "TEXT")
    public String notes;

    @Column(name = "created_by", nullable = false, length = 100)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
