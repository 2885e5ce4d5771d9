package vn.thidua.activity;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import vn.thidua.common.BaseEntity;

/** What a record under the checking workflow carries (activities and communication outputs). */
@MappedSuperclass
public abstract class CheckedRecord extends BaseEntity {
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public CheckStatus status;

    @Column(name = "review_comment", length = 2000)
    public String reviewComment;

    @Column(name = "reviewed_by", length = 100)
    public String reviewedBy;

    @Column(name = "reviewed_at")
    public Instant reviewedAt;

    @Column(name = "created_by", nullable = false, length = 100, updatable = false)
    public String createdBy;
}
