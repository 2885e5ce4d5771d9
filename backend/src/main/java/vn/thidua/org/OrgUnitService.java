package vn.thidua.org;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.thidua.auth.CurrentUser;
import vn.thidua.auth.Role;
import vn.thidua.common.AuditLog;
import vn.thidua.common.Created;
import vn.thidua.common.Etags;
import vn.thidua.common.FieldError;
import vn.thidua.common.PageRequest;
import vn.thidua.common.PageResult;
import vn.thidua.common.ProblemException;
import vn.thidua.common.Rows;
import vn.thidua.common.TextFold;

@ApplicationScoped
public class OrgUnitService {
    /** Sort keys of the list and their columns. */
    static final Map<String, String> SORTABLE = Map.of("name", "name", "code", "code", "validFrom", "valid_from",
            "level", "level", "id", "id");

    @Inject
    jakarta.enterprise.event.Event<TreeChanged> treeChanged;

    @Inject
    OrgScope scope;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditLog audit;

    @Inject
    EntityManager em;

    @Inject
    AgroalDataSource dataSource;

    /**
     * A page of the caller's subtree with its count, each unit with its successor's name. Plain SQL, as the other
     * lists: two statements, and no entity is loaded or watched for changes.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResult<OrgUnitDto> list(String q, Long parentId, OrgLevel level, LocalDate activeOn,
                                       Integer page, Integer size, String sort) {
        PageRequest pr = PageRequest.of(page, size, sort, SORTABLE, "name,asc");
        List<Object> args = new ArrayList<>();
        StringBuilder where = new StringBuilder(" where 1 = 1");
        long root = scope.root();
        if (!scope.isWholeTree(root)) {
            where.append(" and u.id in (select descendant_id from org_unit_closure where ancestor_id = ?)");
            args.add(root);
        }
        if (!TextFold.isBlank(q)) {
            where.append(" and (u.name_folded like ? or lower(u.code) like ?)");
            args.add(TextFold.containsPattern(q));
            args.add(TextFold.containsPattern(q));
        }
        if (parentId != null) {
            where.append(" and u.parent_id = ?");
            args.add(parentId);
        }
        if (level != null) {
            where.append(" and u.level = ?");
            args.add(level.name());
        }
        if (activeOn != null) {
            where.append(" and u.valid_from <= ? and (u.valid_to is null or u.valid_to >= ?)");
            args.add(activeOn);
            args.add(activeOn);
        }
        try (Connection con = dataSource.getConnection()) {
            List<OrgUnitDto> items = new ArrayList<>(pr.size());
            try (PreparedStatement ps = con.prepareStatement("select u.id, u.code, u.name, u.level, u.parent_id,"
                    + " u.valid_from, u.valid_to, u.successor_id, s.name, u.version, u.created_at, u.updated_at"
                    + " from org_unit u left join org_unit s on s.id = u.successor_id" + where
                    + " order by " + pr.orderBy("u") + " limit ? offset ?")) {
                int i = bind(ps, args);
                ps.setInt(i++, pr.size());
                ps.setLong(i, (long) pr.page() * pr.size());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        items.add(new OrgUnitDto(rs.getLong(1), rs.getString(2), rs.getString(3),
                                OrgLevel.valueOf(rs.getString(4)), rs.getObject(5, Long.class),
                                rs.getObject(6, LocalDate.class), rs.getObject(7, LocalDate.class),
                                rs.getObject(8, Long.class), rs.getString(9), rs.getLong(10),
                                Rows.instant(rs, 11), Rows.instant(rs, 12)));
                    }
                }
            }
            long total;
            try (PreparedStatement ps = con.prepareStatement("select count(*) from org_unit u" + where)) {
                bind(ps, args);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    total = rs.getLong(1);
                }
            }
            return new PageResult<>(items, pr.page(), pr.size(), total);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int bind(PreparedStatement ps, List<Object> args) throws SQLException {
        int i = 1;
        for (Object a : args) {
            ps.setObject(i++, a);
        }
        return i;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public OrgUnitDto get(long id) {
        return dto(load(id));
    }

    OrgUnitDto dto(OrgUnit u) {
        return OrgUnitDto.of(u, nameOf(u.successorId));
    }

    /** Many units with their successors' names, looked up in one query. */
    List<OrgUnitDto> dtos(List<OrgUnit> units) {
        List<Long> successors = units.stream().map(u -> u.successorId).filter(java.util.Objects::nonNull).distinct()
                .toList();
        Map<Long, String> names = new HashMap<>();
        if (!successors.isEmpty()) {
            em.createQuery("select u.id, u.name from OrgUnit u where u.id in :ids", Object[].class)
                    .setParameter("ids", successors).getResultList()
                    .forEach(r -> names.put((Long) r[0], (String) r[1]));
        }
        return units.stream().map(u -> OrgUnitDto.of(u, names.get(u.successorId))).toList();
    }

    /** The unit (404 outside the caller's subtree). */
    public OrgUnit load(long id) {
        OrgUnit u = OrgUnit.findById(id);
        if (u == null || !scope.visible(u.id)) {
            throw ProblemException.notFound();
        }
        return u;
    }

    /** The name of a unit for display by other features; null when unknown. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public String nameOf(Long id) {
        if (id == null) {
            return null;
        }
        String known = scope.knownName(id);
        if (known != null) {
            return known;
        }
        OrgUnit u = OrgUnit.findById(id);
        return u == null ? null : u.name;
    }

    /** Names of many units in one query (for list pages of other features); unknown ids are absent. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<Long, String> namesOf(java.util.Collection<Long> ids) {
        Map<Long, String> out = new HashMap<>();
        if (ids == null || ids.isEmpty()) {
            return out;
        }
        for (Object[] r : em.createQuery("select u.id, u.name from OrgUnit u where u.id in :ids", Object[].class)
                .setParameter("ids", new java.util.HashSet<>(ids)).getResultList()) {
            out.put((Long) r[0], (String) r[1]);
        }
        return out;
    }

    /**
     * Units of the given levels in the subtree of {@code root} that are active on at least one of the days,
     * in Vietnamese name order.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<OrgUnitDto> activeInSubtree(long root, java.util.Set<OrgLevel> levels, List<LocalDate> days) {
        StringBuilder active = new StringBuilder();
        for (int i = 0; i < days.size(); i++) {
            active.append(i == 0 ? "" : " or ").append("(u.validFrom <= :d").append(i)
                    .append(" and (u.validTo is null or u.validTo >= :d").append(i).append("))");
        }
        var query = em.createQuery("select u from OrgUnit u where u.id in " + OrgScope.SUBTREE_JPQL
                + " and u.level in :levels and (" + active + ") order by u.name, u.id", OrgUnit.class)
                .setParameter("scopeRoot", root).setParameter("levels", levels);
        for (int i = 0; i < days.size(); i++) {
            query.setParameter("d" + i, days.get(i));
        }
        return dtos(query.getResultList());
    }

    /** The direct children of a unit that were valid at some day of [from, to], in Vietnamese order. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<OrgUnitDto> childrenActiveBetween(long parentId, LocalDate from, LocalDate to) {
        return dtos(OrgUnit.<OrgUnit>find("parentId = ?1 and validFrom <= ?3 and (validTo is null or validTo >= ?2)",
                io.quarkus.panache.common.Sort.by("name").and("id"), parentId, from, to).list());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<OrgUnitDto> subtree(long id, LocalDate activeOn) {
        load(id);
        List<Object[]> rows = em.createQuery("select u, c.depth from OrgUnit u, OrgUnitClosure c "
                + "where c.descendantId = u.id and c.ancestorId = :id order by c.depth, u.name, u.id", Object[].class)
                .setParameter("id", id).getResultList();
        List<OrgUnit> out = new ArrayList<>();
        for (Object[] r : rows) {
            OrgUnit u = (OrgUnit) r[0];
            if (activeOn == null || u.activeOn(activeOn) || u.id == id) {
                out.add(u);
            }
        }
        return dtos(out);
    }

    @Transactional
    public Created create(OrgUnitWrite w) {
        currentUser.require(Role.ADMIN);
        validate(w, null);
        if (OrgUnit.count("code", w.code()) > 0) {
            throw ProblemException.conflict("code-taken", w.code());
        }
        OrgUnit u = new OrgUnit();
        apply(u, w);
        u.persistAndFlush();
        em.createNativeQuery("insert into org_unit_closure (ancestor_id, descendant_id, depth) "
                + "select ancestor_id, ?1, depth + 1 from org_unit_closure where descendant_id = ?2 "
                + "union all select ?1, ?1, 0").setParameter(1, u.id).setParameter(2, u.parentId).executeUpdate();
        OrgUnitDto dto = dto(u);
        audit.record("CREATE", "org-unit", u.id, null, dto);
        return new Created(dto, u.id, u.version);
    }

    /** Start-up and demo data: a unit created by the system itself, without a caller. */
    @Transactional
    public long createSystem(String code, String name, OrgLevel level, Long parentId, LocalDate validFrom,
                             LocalDate validTo, Long successorId) {
        OrgUnit u = new OrgUnit();
        apply(u, new OrgUnitWrite(code, name, level, parentId, validFrom, validTo, successorId));
        u.persistAndFlush();
        em.createNativeQuery("insert into org_unit_closure (ancestor_id, descendant_id, depth) "
                + "select ancestor_id, ?1, depth + 1 from org_unit_closure where descendant_id = ?2 "
                + "union all select ?1, ?1, 0").setParameter(1, u.id).setParameter(2, u.parentId).executeUpdate();
        audit.recordAs("system", "CREATE", "org-unit", u.id, null, dto(u));
        return u.id;
    }

    public long count() {
        return OrgUnit.count();
    }

    @Transactional
    public OrgUnitDto update(long id, String ifMatch, OrgUnitWrite w) {
        currentUser.require(Role.ADMIN);
        OrgUnit u = load(id);
        Etags.require(ifMatch, u.version);
        validate(w, u);
        if (!u.code.equals(w.code()) && OrgUnit.count("code", w.code()) > 0) {
            throw ProblemException.conflict("code-taken", w.code());
        }
        OrgUnitDto before = dto(u);
        Long oldParent = u.parentId;
        apply(u, w);
        u.persistAndFlush();
        if (!java.util.Objects.equals(oldParent, u.parentId)) {
            rebuildClosure();
        }
        OrgUnitDto after = dto(u);
        audit.record("UPDATE", "org-unit", u.id, before, after);
        return after;
    }

    @Transactional
    public void delete(long id, String ifMatch) {
        currentUser.require(Role.ADMIN);
        OrgUnit u = load(id);
        Etags.require(ifMatch, u.version);
        if (u.parentId == null || u.id == scope.root()) {
            throw ProblemException.conflict("unit-is-root");
        }
        if (OrgUnit.count("parentId", id) > 0) {
            throw ProblemException.conflict("unit-has-children");
        }
        if (OrgUnit.count("successorId", id) > 0) {
            throw ProblemException.conflict("unit-in-use");
        }
        long users = em.createQuery("select count(a) from UserAccount a where a.orgUnitId = :id", Long.class)
                .setParameter("id", id).getSingleResult();
        if (users > 0) {
            throw ProblemException.conflict("unit-has-users");
        }
        OrgUnitDto before = dto(u);
        em.createNativeQuery("delete from org_unit_closure where descendant_id = ?1").setParameter(1, id)
                .executeUpdate();
        u.delete();
        em.flush(); // records of later features that point at the unit surface here as a 409
        audit.record("DELETE", "org-unit", id, before, null);
    }

    private void validate(OrgUnitWrite w, OrgUnit existing) {
        List<FieldError> errors = new ArrayList<>();
        boolean isRoot = existing != null && existing.parentId == null;
        if (w.parentId() == null && !isRoot) {
            errors.add(err("parentId", "required"));
        } else if (w.parentId() != null) {
            if (isRoot) {
                errors.add(err("parentId", "root-has-no-parent"));
            } else if (!scope.visible(w.parentId())) {
                errors.add(err("parentId", "unit-not-found"));
            } else if (existing != null && scope.contains(existing.id, w.parentId())) {
                errors.add(err("parentId", "parent-cycle"));
            }
        }
        if (w.validTo() != null && w.validFrom() != null && w.validTo().isBefore(w.validFrom())) {
            errors.add(err("validTo", "end-before-start"));
        }
        if (w.successorId() != null) {
            if (existing != null && w.successorId().equals(existing.id)) {
                errors.add(err("successorId", "successor-self"));
            } else if (!scope.visible(w.successorId())) {
                errors.add(err("successorId", "unit-not-found"));
            }
            if (w.validTo() == null) {
                errors.add(err("validTo", "required-with-successor"));
            }
        }
        if (w.level() == OrgLevel.PROVINCE && !isRoot) {
            errors.add(err("level", "province-is-root"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }

    private static FieldError err(String field, String key) {
        return new FieldError(field, vn.thidua.common.Messages.KEY_PREFIX + key);
    }

    private void apply(OrgUnit u, OrgUnitWrite w) {
        scope.forget();
        u.code = w.code().trim();
        u.setName(w.name().trim());
        u.level = w.level();
        u.parentId = w.parentId();
        u.validFrom = w.validFrom();
        u.validTo = w.validTo();
        u.successorId = w.successorId();
    }

    /** After a move: recompute every (ancestor, descendant) pair from the parent links (a small table). */
    void rebuildClosure() {
        List<Object[]> links = em.createQuery("select u.id, u.parentId from OrgUnit u", Object[].class).getResultList();
        Map<Long, Long> parent = new HashMap<>();
        for (Object[] l : links) {
            parent.put((Long) l[0], (Long) l[1]);
        }
        em.createNativeQuery("delete from org_unit_closure").executeUpdate();
        StringBuilder sql = new StringBuilder();
        int n = 0;
        for (Long id : parent.keySet()) {
            int depth = 0;
            Long a = id;
            while (a != null && depth <= parent.size()) {
                sql.append(sql.isEmpty() ? "" : ",").append('(').append(a).append(',').append(id).append(',')
                        .append(depth).append(')');
                a = parent.get(a);
                depth++;
                if (++n % 500 == 0) {
                    flushClosure(sql);
                }
            }
        }
        flushClosure(sql);
        treeChanged.fire(new TreeChanged());
    }

    private void flushClosure(StringBuilder values) {
        if (!values.isEmpty()) {
            em.createNativeQuery("insert into org_unit_closure (ancestor_id, descendant_id, depth) values " + values)
                    .executeUpdate();
            values.setLength(0);
        }
    }
}
