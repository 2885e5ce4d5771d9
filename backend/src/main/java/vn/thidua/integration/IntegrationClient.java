package vn.thidua.integration;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import vn.thidua.common.BaseEntity;

/** An external system allowed to read through the API with one key. */
@Entity
@Table(name = "integration_client")
public class IntegrationClient extends BaseEntity {
    @Column(nullable = false, length = 150)
    public String name;

    /** The first characters of the key, to recognise it in the list (never enough to use it). */
    @Column(name = "key_prefix", nullable = false, length = 16)
    public String keyPrefix;

    @Column(name = "key_hash", nullable = false, length = 64)
    public String keyHash;

    /** Comma-separated scopes. */
    @Column(nullable = false, length = 200)
    public String scopes;

    @Column(name = "org_unit_id")
    public Long orgUnitId;

    @Column(name = "expires_at", nullable = false)
    public Instant expiresAt;

    /** Comma-separated addresses and CIDR ranges; null: any. */
    @Column(name = "allowed_addresses", length = 1000)
    public String allowedAddresses;

    /** Requests per minute; null: the configured default. */
    @Column(name = "rate_limit")
    public Integer rateLimit;

    @Column(name = "revoked_at")
    public Instant revokedAt;

    @Column(name = "last_used_at")
    public Instant lastUsedAt;

    @Column(name = "created_by", nullable = false, length = 100)
    public String createdBy;
}
