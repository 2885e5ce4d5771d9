package vn.thidua.auth;

import java.time.Instant;

public record UserDto(Long id, String username, String fullName, String email, String phone, Role role,
                      Long orgUnitId, String orgUnitName, boolean active, long version, Instant createdAt,
                      Instant updatedAt) {
    static UserDto of(UserAccount u, String orgUnitName) {
        return new UserDto(u.id, u.username, u.fullName, u.email, u.phone, u.role, u.orgUnitId, orgUnitName,
                u.active, u.version, u.createdAt, u.updatedAt);
    }
}
