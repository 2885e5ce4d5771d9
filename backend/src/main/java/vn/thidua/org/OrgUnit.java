package vn.thidua.org;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import vn.thidua.common.BaseEntity;
import vn.thidua.common.TextFold;

/** A unit of the dated tree: units are renamed, merged and dissolved, but never lose their history. */
@Entity
@Table(name = "org_unit")
public class OrgUnit extends BaseEntity {
    @Column(nullable = false, unique = true, length = 30)
    public String code;

    @Column(nullable = false, length = 200)
    public String name;

    @Column(name = "name_folded", nullable = false, length = 200)
    public String nameFolded;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public OrgLevel level;

    @Column(name = "parent_id")
    public Long parentId;

    @Column(name = "valid_from", nullable = false)
    public LocalDate validFrom;

    @Column(name = "valid_to")
    public LocalDate validTo;

    @Column(name = "successor_id")
    public Long successorId;

    public void setName(String n) {
        name = n;
        nameFolded = TextFold.fold(n);
    }

    public boolean activeOn(LocalDate day) {
        return !validFrom.isAfter(day) && (validTo == null || !validTo.isBefore(day));
    }
}
