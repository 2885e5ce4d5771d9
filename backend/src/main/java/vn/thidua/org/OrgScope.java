package vn.thidua.org;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.thidua.auth.CurrentUser;
import vn.thidua.common.ProblemException;

/**
 * The one scoping helper. A caller sees their own unit's subtree and nothing else: a record outside it
 * answers 404 as if it did not exist. Lists filter with {@link #SUBTREE_JPQL}, a join on the closure table.
 */
@ApplicationScoped
public class OrgScope {
    /** Use as {@code "orgUnitId in " + SUBTREE_JPQL} with the parameter {@code scopeRoot}. */
    public static final String SUBTREE_JPQL =
            "(select c.descendantId from OrgUnitClosure c where c.ancestorId = :scopeRoot)";

    @Inject
    CurrentUser currentUser;

    @Inject
    EntityManager em;

    @Inject
    TransactionSynchronizationRegistry transactions;

    private static final Object ANCESTORS = new Object();

    private volatile Long treeRoot;

    /** The root of what the caller may see. */
    public long root() {
        return currentUser.orgUnitId();
    }

    /** Whether {@code descendantId} is in the subtree of {@code ancestorId} (a unit is in its own subtree). */
    public boolean contains(long ancestorId, long descendantId) {
        return ancestorsOf(descendantId).contains(ancestorId);
    }

    /**
     * The unit and every unit above it (the closure's ancestors): the subtrees the unit is in. Kept for the rest of
     * the transaction, where the closure cannot change but by a move, which fires {@link TreeChanged}: a create checks
     * its unit's visibility and then adds its figures to the same ancestors with one statement, not two. The same
     * statement reads the unit's name, which the record's answer shows ({@link #knownName}).
     */
    public List<Long> ancestorsOf(long unitId) {
        Known known = transactionCache();
        List<Long> ancestors = known == null ? null : known.ancestors.get(unitId);
        if (ancestors == null) {
            List<Long> read = new ArrayList<>();
            String name = null;
            for (Object r : em.createNativeQuery("select c.ancestor_id, u.name from org_unit_closure c"
                    + " join org_unit u on u.id = c.descendant_id where c.descendant_id = ?1")
                    .setParameter(1, unitId).getResultList()) {
                Object[] row = (Object[]) r;
                read.add(((Number) row[0]).longValue());
                name = (String) row[1];
            }
            ancestors = List.copyOf(read);
            if (known != null) {
                known.ancestors.put(unitId, ancestors);
                if (name != null) {
                    known.names.put(unitId, name);
                }
            }
        }
        return ancestors;
    }

    /** The name of a unit whose ancestors this transaction has read, or null: read it ({@code OrgUnitService.nameOf}). */
    String knownName(long unitId) {
        Known known = transactionCache();
        return known == null ? null : known.names.get(unitId);
    }

    /** A move rewrites the closure: what this transaction read of it is stale. */
    void onTreeChanged(@Observes TreeChanged ev) {
        forget();
    }

    /** After a unit's name or place changes in this transaction: read them again. */
    void forget() {
        Known known = transactionCache();
        if (known != null) {
            known.ancestors.clear();
            known.names.clear();
        }
    }

    /** What the current transaction has read of the closure. */
    private record Known(Map<Long, List<Long>> ancestors, Map<Long, String> names) {
    }

    private Known transactionCache() {
        if (transactions.getTransactionKey() == null) {
            return null;
        }
        Known known = (Known) transactions.getResource(ANCESTORS);
        if (known == null) {
            known = new Known(new HashMap<>(), new HashMap<>());
            transactions.putResource(ANCESTORS, known);
        }
        return known;
    }

    public boolean visible(Long orgUnitId) {
        return orgUnitId != null && contains(root(), orgUnitId);
    }

    /** 404 unless the unit is in the caller's subtree. */
    public void requireVisible(Long orgUnitId) {
        if (!visible(orgUnitId)) {
            throw ProblemException.notFound();
        }
    }

    /**
     * The root for a list filtered by {@code orgUnitId}: that unit if the caller may see it (its whole
     * subtree), otherwise a 404; without a filter, the caller's own root.
     */
    public long filterRoot(Long orgUnitId) {
        if (orgUnitId == null) {
            return root();
        }
        requireVisible(orgUnitId);
        return orgUnitId;
    }

    /**
     * The ids of the unit and of every unit below it in the dated tree (the closure table's descendants), for SQL
     * that filters a large table with {@code org_unit_id IN (...)}: a list of constants lets the database use a
     * range on an index that starts with (org_unit_id, date), where a join on the closure only narrows the unit.
     */
    @SuppressWarnings("unchecked")
    public List<Long> subtreeIds(long rootId) {
        List<Number> rows = em.createNativeQuery(
                "select descendant_id from org_unit_closure where ancestor_id = ?1 order by descendant_id")
                .setParameter(1, rootId).getResultList();
        return rows.stream().map(Number::longValue).toList();
    }

    /**
     * Whether {@code rootId} is the root of the whole tree, so its subtree is every unit and a filter on it filters
     * nothing. The tree has one root for good (every other unit needs a parent, the root can neither get one nor be
     * deleted), so its id is read once.
     */
    public boolean isWholeTree(long rootId) {
        Long known = treeRoot;
        if (known == null) {
            Number n = (Number) em.createNativeQuery("select min(id) from org_unit where parent_id is null")
                    .getSingleResult();
            if (n == null) {
                return false; // no tree yet
            }
            known = n.longValue();
            treeRoot = known;
        }
        return known == rootId;
    }

    /**
     * A JPQL condition that {@code attribute} (a unit id of the query's entity) is in the subtree of {@code rootId},
     * with its parameter put in {@code params}; {@code 1 = 1} for the whole tree, where the closure would be read for
     * every row to no effect (the province's review queue: its count read 700 closure rows per request).
     */
    public String inSubtree(String attribute, long rootId, Map<String, Object> params) {
        if (isWholeTree(rootId)) {
            return "1 = 1";
        }
        params.put("scopeRoot", rootId);
        return attribute + " in " + SUBTREE_JPQL;
    }

    /**
     * A subtree's unit ids, or {@code whole} when it is every unit there is: then a filter on it filters nothing and
     * {@code ids} holds the root alone.
     */
    public record Subtree(List<Long> ids, boolean whole) {
    }

    /**
     * The subtree of {@code rootId} for SQL that filters a large table by unit ({@link #subtreeIds}). The province's
     * officers list the whole tree: their queries leave the unit filter out, with no statement here, and the database
     * does not estimate ~200 index ranges (one per unit) for every statement (5 ms of planning against 1 ms of reading,
     * measured on the search page).
     */
    public Subtree subtree(long rootId) {
        return isWholeTree(rootId) ? new Subtree(List.of(rootId), true) : new Subtree(subtreeIds(rootId), false);
    }

    /** For a field naming a unit in a write: the unit must exist in the caller's subtree. */
    public void requireVisibleField(String field, Long orgUnitId) {
        if (orgUnitId == null) {
            throw ProblemException.invalid(field, "required");
        }
        if (!visible(orgUnitId)) {
            throw ProblemException.invalid(field, "unit-not-found");
        }
    }
}
