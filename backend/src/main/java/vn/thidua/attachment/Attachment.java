package vn.thidua.attachment;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An attachment's metadata; immutable once stored (no version: it is never updated, only deleted). */
@Entity
@Table(name = "attachment")
public class Attachment extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "owner_type", nullable = false, length = 30)
    public String ownerType;

    @Column(name = "owner_id", nullable = false)
    public long ownerId;

    @Column(name = "file_name", nullable = false, length = 255)
    public String fileName;

    @Column(name = "content_type", nullable = false, length = 100)
    public String contentType;

    @Column(nullable = false)
    public long size;

    @Column(nullable = false, length = 64)
    public String sha256;

    @Column(name = "has_thumbnail", nullable = false)
    public boolean hasThumbnail;

    @Column(name = "created_by", nullable = false, length = 100)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
