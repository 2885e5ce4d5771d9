package vn.thidua.auth;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import vn.thidua.common.BaseEntity;
import vn.thidua.common.TextFold;

@Entity
@Table(name = "user_account")
public class UserAccount extends BaseEntity {
    @Column(nullable = false, unique = true, length = 50)
    public String username;

    @Column(name = "password_hash", nullable = false, length = 100)
    public String passwordHash;

    @Column(name = "full_name", nullable = false, length = 150)
    public String fullName;

    @Column(name = "full_name_folded", nullable = false, length = 150)
    public String fullNameFolded;

    @Column(length = 150)
    public String email;

    @Column(length = 30)
    public String phone;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    public Role role;

    @Column(name = "org_unit_id", nullable = false)
    public Long orgUnitId;

    @Column(nullable = false)
    public boolean active = true;

    public void setFullName(String name) {
        fullName = name;
        fullNameFolded = TextFold.fold(name);
    }

    public static UserAccount byUsername(String username) {
        return find("username", username).firstResult();
    }
}
