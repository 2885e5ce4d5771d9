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
@Table(name = "idempotency_record")
public class IdempotencyRecord extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, length = 100)
    public String principal;

    @Column(name = "idem_key", nullable = false, length = 100)
    public String idemKey;

    @Column(name = "request_hash", nullable = false, length = 64)
    public String requestHash;

    @Column(nullable = false)
    public int status;

    @Column(length = 500)
    public String location;

    @Column(length = 100)
    public String etag;

    @Column(columnDefinition = "LONGTEXT")
    public String body;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
