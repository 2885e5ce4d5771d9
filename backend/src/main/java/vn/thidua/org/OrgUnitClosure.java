package vn.thidua.org;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;

/** (ancestor, descendant, depth) for every pair of the tree, each unit being its own ancestor at depth 0. */
@Entity
@Table(name = "org_unit_closure")
public class OrgUnitClosure {
    @Embeddable
    public record Key(@Column(name = "ancestor_id") Long ancestorId,
                      @Column(name = "descendant_id") Long descendantId) implements Serializable {
    }

    @EmbeddedId
    public Key key;

    @Column(name = "ancestor_id", insertable = false, updatable = false)
    public Long ancestorId;

    @Column(name = "descendant_id", insertable = false, updatable = false)
    public Long descendantId;

    @Column(nullable = false)
    public int depth;
}
