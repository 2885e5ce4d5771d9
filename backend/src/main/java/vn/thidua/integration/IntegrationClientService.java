package vn.thidua.integration;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import vn.thidua.auth.CurrentUser;
import vn.thidua.auth.Role;
import vn.thidua.common.AuditLog;
import vn.thidua.common.FieldError;
import vn.thidua.common.Messages;
import vn.thidua.common.PageRequest;
import vn.thidua.common.PageResult;
import vn.thidua.common.ProblemException;
import vn.thidua.integration.IntegrationDtos.ClientCreate;
import vn.thidua.integration.IntegrationDtos.ClientCreated;
import vn.thidua.integration.IntegrationDtos.ClientStatus;
import vn.thidua.integration.IntegrationDtos.ClientView;
import vn.thidua.org.OrgScope;
import vn.thidua.org.OrgUnitService;

/** Integration clients: administrators create them (the key is shown once), list them and revoke them. */
@ApplicationScoped
public class IntegrationClientService {
    static final Map<String, String> SORTABLE = Map.of("name", "name", "createdAt", "createdAt",
            "lastUsedAt", "lastUsedAt", "expiresAt", "expiresAt", "id", "id");
    /** last_used_at is written at most this often per client, so busy clients do not write on every call. */
    static final long TOUCH_SECONDS = 60;

    @Inject
    CurrentUser currentUser;
    @Inject
    OrgScope scope;
    @Inject
    OrgUnitService orgUnits;
    @Inject
    AuditLog audit;
    @Inject
    EntityManager em;

    /** A key's client as the gate needs it, read without the caller (the caller is being decided). */
    record Resolved(long id, String name, List<String> scopes, Long orgUnitId, Instant expiresAt,
                    List<String> allowedAddresses, Integer rateLimit, Instant revokedAt, Instant lastUsedAt) {
    }

    Resolved resolve(String key) {
        String hash = ApiKeys.hash(key);
        return QuarkusTransaction.joiningExisting().call(() -> {
            IntegrationClient c = IntegrationClient.find("keyHash", hash).firstResult();
            return c == null ? null : new Resolved(c.id, c.name, split(c.scopes), c.orgUnitId, c.expiresAt,
                    split(c.allowedAddresses), c.rateLimit, c.revokedAt, c.lastUsedAt);
        });
    }

    /** The root of the whole tree: what a key without a subtree reads. */
    long treeRoot() {
        return QuarkusTransaction.joiningExisting().call(() -> ((Number) em.createNativeQuery(
                "select min(id) from org_unit where parent_id is null").getSingleResult()).longValue());
    }

    /** Records the use, at most once a minute per client (a conditional update: instances do not race). */
    void touch(Resolved c, Instant now) {
        if (c.lastUsedAt() != null && c.lastUsedAt().isAfter(now.minusSeconds(TOUCH_SECONDS))) {
            return;
        }
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                        "update integration_client set last_used_at = ?1 where id = ?2 and (last_used_at is null"
                                + " or last_used_at < ?3)")
                .setParameter(1, now).setParameter(2, c.id()).setParameter(3, now.minusSeconds(TOUCH_SECONDS))
                .executeUpdate());
    }

    static List<String> split(String s) {
        return s == null || s.isBlank() ? List.of() : Arrays.stream(s.split(",")).map(String::trim).toList();
    }

    ClientView view(IntegrationClient c) {
        Instant now = Instant.now();
        ClientStatus status = c.revokedAt != null ? ClientStatus.REVOKED
                : c.expiresAt.isAfter(now) ? ClientStatus.ACTIVE : ClientStatus.EXPIRED;
        return new ClientView(c.id, c.name, c.keyPrefix, split(c.scopes), c.orgUnitId,
                c.orgUnitId == null ? null : orgUnits.nameOf(c.orgUnitId), c.expiresAt, split(c.allowedAddresses),
                c.rateLimit, status, c.revokedAt, c.lastUsedAt, c.createdBy, c.version, c.createdAt, c.updatedAt);
    }

    @Transactional
    public PageResult<ClientView> list(Integer page, Integer size, String sort) {
        currentUser.require(Role.ADMIN);
        PageRequest pr = PageRequest.of(page, size, sort, SORTABLE, "createdAt,desc");
        // an administrator of a branch sees the clients of the branch's subtree; a client without a unit reads the
        // whole tree, so only an administrator of the whole tree sees it
        var q = IntegrationClient.<IntegrationClient>find("coalesce(orgUnitId, :tree) in " + OrgScope.SUBTREE_JPQL,
                pr.sort(), Map.of("tree", treeRoot(), "scopeRoot", scope.root())).page(pr.panachePage());
        return new PageResult<>(q.list().stream().map(this::view).toList(), pr.page(), pr.size(), q.count());
    }

    IntegrationClient load(long id) {
        IntegrationClient c = IntegrationClient.findById(id);
        if (c == null || !scope.visible(c.orgUnitId != null ? c.orgUnitId : treeRoot())) {
            throw ProblemException.notFound();
        }
        return c;
    }

    @Transactional
    public ClientView get(long id) {
        currentUser.require(Role.ADMIN);
        return view(load(id));
    }

    @Transactional
    public ClientCreated create(ClientCreate w) {
        currentUser.require(Role.ADMIN);
        List<FieldError> errors = new ArrayList<>();
        LinkedHashSet<String> scopes = new LinkedHashSet<>();
        for (int i = 0; i < w.scopes().size(); i++) {
            String s = w.scopes().get(i).trim();
            if (!Scope.ALL.contains(s)) {
                errors.add(new FieldError("scopes[" + i + "]", Messages.KEY_PREFIX + "scope-unknown|"
                        + String.join(", ", Scope.ALL)));
            }
            scopes.add(s);
        }
        if (w.orgUnitId() != null && !scope.visible(w.orgUnitId())) {
            errors.add(new FieldError("orgUnitId", Messages.KEY_PREFIX + "unit-not-found"));
        }
        Instant now = Instant.now();
        if (!w.expiresAt().isAfter(now)) {
            errors.add(new FieldError("expiresAt", Messages.KEY_PREFIX + "expiry-in-future"));
        } else if (w.expiresAt().isAfter(now.plus(3 * 366, ChronoUnit.DAYS))) {
            errors.add(new FieldError("expiresAt", Messages.KEY_PREFIX + "expiry-too-far"));
        }
        List<String> addresses = w.allowedAddresses() == null ? List.of()
                : w.allowedAddresses().stream().map(String::trim).distinct().toList();
        for (int i = 0; i < addresses.size(); i++) {
            if (!AddressRules.valid(addresses.get(i))) {
                errors.add(new FieldError("allowedAddresses[" + i + "]", Messages.KEY_PREFIX + "address-invalid"));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        String key = ApiKeys.generate();
        IntegrationClient c = new IntegrationClient();
        c.name = w.name().trim();
        c.keyPrefix = key.substring(0, 8);
        c.keyHash = ApiKeys.hash(key);
        c.scopes = String.join(",", scopes);
        // without a unit the key would read the whole tree: that is only for an administrator of the whole tree
        c.orgUnitId = w.orgUnitId() != null || scope.root() == treeRoot() ? w.orgUnitId() : Long.valueOf(scope.root());
        c.expiresAt = w.expiresAt();
        c.allowedAddresses = addresses.isEmpty() ? null : String.join(",", addresses);
        c.rateLimit = w.rateLimit();
        c.createdBy = currentUser.username();
        c.persistAndFlush();
        ClientView v = view(c);
        audit.record("CREATE", "integration-client", c.id, null, v);
        return new ClientCreated(v, key);
    }

    @Transactional
    public ClientView revoke(long id) {
        currentUser.require(Role.ADMIN);
        IntegrationClient c = load(id);
        if (c.revokedAt == null) {
            ClientView before = view(c);
            c.revokedAt = Instant.now();
            c.persistAndFlush();
            audit.record("REVOKE", "integration-client", c.id, before, view(c));
        }
        return view(c);
    }

}
