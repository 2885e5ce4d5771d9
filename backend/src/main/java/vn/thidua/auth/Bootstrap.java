package vn.thidua.auth;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import vn.thidua.org.OrgLevel;
import vn.thidua.org.OrgUnitService;

/**
 * On an empty database: the provincial association as the root unit and the `admin` account with
 * `app.bootstrap.admin-password`. In production the service refuses to start on an empty database without
 * that password. Then, when `app.demo-data=true` and no demo has been loaded, it asks for the demo data.
 * A database lock keeps two instances starting together from doing it twice.
 */
@ApplicationScoped
public class Bootstrap {
    private static final Logger LOG = Logger.getLogger(Bootstrap.class);

    /** Fired once, into a database holding only the root unit and the admin, when demo data is wanted. */
    public record DemoDataRequested(long rootUnitId, long adminId) {
    }

    @ConfigProperty(name = "app.bootstrap.admin-password")
    Optional<String> adminPassword;

    @ConfigProperty(name = "app.bootstrap.root-unit-name", defaultValue = "Hội Chữ thập đỏ tỉnh Tây Ninh")
    String rootName;

    @ConfigProperty(name = "app.bootstrap.root-unit-code", defaultValue = "TNH")
    String rootCode;

    @ConfigProperty(name = "app.demo-data")
    boolean demoData;

    @Inject
    OrgUnitService orgUnits;

    @Inject
    UserService users;

    @Inject
    EntityManager em;

    @Inject
    Event<DemoDataRequested> demo;

    void onStart(@Observes @Priority(10) StartupEvent ev) {
        QuarkusTransaction.requiringNew().timeout(600).run(this::bootstrap);
    }

    void bootstrap() {
        em.createNativeQuery("select get_lock('thidua-bootstrap', 60)").getSingleResult();
        try {
            // SQL, not the entity query: the first HQL query loads Hibernate's query parser (~500 classes), which a
            // start would pay for here; a request pays it later, once
            long userCount = ((Number) em.createNativeQuery("select count(*) from user_account").getSingleResult())
                    .longValue();
            if (userCount == 0) {
                String pw = adminPassword.map(String::trim).orElse("");
                if (pw.isEmpty()) {
                    String msg = "ThiDua cannot start: the database has no accounts and app.bootstrap.admin-password "
                            + "(environment APP_BOOTSTRAP_ADMIN_PASSWORD) is not set. Set it to the password the "
                            + "first 'admin' account should have, then start again.";
                    if (LaunchMode.current() == LaunchMode.NORMAL) {
                        LOG.error(msg);
                        throw new IllegalStateException(msg);
                    }
                    LOG.warn(msg);
                    return;
                }
                long root = orgUnits.count() == 0
                        ? orgUnits.createSystem(rootCode, rootName, OrgLevel.PROVINCE, null, LocalDate.of(1990, 1, 1),
                        null, null)
                        : ((Number) em.createNativeQuery("select min(id) from org_unit where parent_id is null")
                        .getSingleResult()).longValue();
                long admin = users.createSystem("admin", "Quản trị hệ thống", Role.ADMIN, root, pw);
                LOG.infof("Created the root unit and the 'admin' account.");
                if (demoData) {
                    demo.fire(new DemoDataRequested(root, admin));
                    LOG.infof("Loaded the demo data.");
                }
            } else if (demoData) {
                LOG.debug("Demo data requested but the database is not empty: left as it is.");
            }
        } finally {
            em.createNativeQuery("select release_lock('thidua-bootstrap')").getSingleResult();
        }
    }
}
