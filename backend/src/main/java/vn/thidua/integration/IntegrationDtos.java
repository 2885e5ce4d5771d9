package vn.thidua.integration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;

/** The integration records of the API. */
public final class IntegrationDtos {
    private IntegrationDtos() {
    }

    public enum ClientStatus { ACTIVE, EXPIRED, REVOKED }

    public record ClientCreate(@NotBlank @Size(max = 150) String name,
                               @NotEmpty @Size(max = 4) List<@NotBlank String> scopes, Long orgUnitId,
                               @NotNull Instant expiresAt,
                               @Size(max = 20) List<@NotBlank @Size(max = 50) String> allowedAddresses,
                               @Min(1) @Max(100000) Integer rateLimit) {
    }

    public record ClientView(long id, String name, String keyPrefix, List<String> scopes, Long orgUnitId,
                             String orgUnitName, Instant expiresAt, List<String> allowedAddresses, Integer rateLimit,
                             ClientStatus status, Instant revokedAt, Instant lastUsedAt, String createdBy,
                             long version, Instant createdAt, Instant updatedAt) {
    }

    /** The answer to a creation: the only time the key is shown. */
    public record ClientCreated(ClientView client, String key) {
    }
}
