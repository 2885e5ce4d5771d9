package vn.thidua.security;

import static vn.thidua.support.Api.as;
import static vn.thidua.support.Api.unitId;

import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import vn.thidua.integration.Clients;

/**
 * The records the bad requests aim at, created through the API with the same contract-built bodies the
 * fuzzing breaks, and for each operation: who calls it (the most privileged caller that may), the path and
 * required query values that are valid, and the valid body.
 */
final class FuzzFixtures {
    static final String ADMIN = "admin";
    static final String BRANCH = "canbo.xa";
    static final String PROVINCIAL = "canbo.tinh";
    static final String PASSWORD = vn.thidua.support.Api.DEMO_PASSWORD;

    record Target(String user, String apiKey, Map<String, String> path, Map<String, List<String>> query,
                  Supplier<Map<String, Object>> body, Set<String> excludedTables) {
    }

    private final Map<String, ContractOperations.Op> ops = new HashMap<>();
    final long root;
    final long branchUnit;
    final long unit;
    final long user;
    final String pwUser;
    final long plan;
    final long movement;
    final long freeMovement;
    final long registration;
    final long nomination;
    final long activity;
    final long communication;
    final long report;
    final String reportPeriod;
    final long client;
    final String apiKey;

    FuzzFixtures(List<ContractOperations.Op> all) {
        all.forEach(o -> ops.put(o.id(), o));
        root = unitId("TNH");
        branchUnit = unitId("X-TANNINH");
        unit = create(ADMIN, "createOrgUnit", "/api/v1/org-units");
        user = create(ADMIN, "createUser", "/api/v1/users");
        Map<String, Object> pw = valid("createUser");
        pwUser = (String) pw.get("username");
        as(ADMIN).body(pw).post("/api/v1/users").then().statusCode(201);
        plan = create(ADMIN, "createPlan", "/api/v1/plans");
        movement = create(ADMIN, "createMovement", "/api/v1/movements");
        freeMovement = create(ADMIN, "createMovement", "/api/v1/movements");
        registration = create(BRANCH, "createRegistration", "/api/v1/movements/" + movement + "/registrations");
        nomination = create(BRANCH, "createNomination", "/api/v1/nominations");
        activity = create(BRANCH, "createActivity", "/api/v1/activities");
        communication = create(BRANCH, "createCommunication", "/api/v1/communications");
        long made = 0;
        String period = null;
        for (String p : List.of("2026S1", "2026", "2025S1", "2025", "2027S1")) {
            Map<String, Object> body = valid("createReport");
            body.put("period", p);
            int status = as(BRANCH).body(body).post("/api/v1/reports").then().extract().statusCode();
            if (status == 201) {
                made = reportId(p);
                period = p;
                break;
            }
        }
        if (period == null) {
            throw new IllegalStateException("no free period for the fuzz report of X-TANNINH");
        }
        report = made;
        reportPeriod = period;
        apiKey = Clients.allScopes();
        client = ((Number) as(ADMIN).get("/api/v1/integration-clients?size=1&sort=id,desc").then().statusCode(200)
                .extract().path("items[0].id")).longValue();
    }

    private long reportId(String period) {
        return ((Number) as(BRANCH).queryParam("orgUnitId", branchUnit).queryParam("period", period)
                .get("/api/v1/reports").then().statusCode(200).extract().path("items[0].id")).longValue();
    }

    private long create(String caller, String opId, String path) {
        return ((Number) as(caller).body(valid(opId)).post(path).then().statusCode(201).extract().path("id"))
                .longValue();
    }

    /** A valid body for the operation: built from its schema, with what the schema cannot know. */
    Map<String, Object> valid(String opId) {
        Schema<?> schema = ops.get(opId).jsonBody();
        return FuzzBodies.valid(schema, overrides(opId));
    }

    private Map<String, Object> overrides(String opId) {
        Map<String, Object> m = new LinkedHashMap<>();
        switch (opId) {
            case "login" -> {
                m.put("username", "fz.nobody");
                m.put("password", "not-the-password");
            }
            case "changeMyPassword" -> {
                m.put("currentPassword", PASSWORD);
                m.put("newPassword", PASSWORD);
            }
            case "createUser", "updateUser" -> {
                m.put("role", "BRANCH_OFFICER");
                m.put("orgUnitId", unitOrRoot());
                if (opId.equals("createUser")) {
                    m.put("password", PASSWORD);
                }
            }
            case "createOrgUnit", "updateOrgUnit" -> {
                m.put("level", "COMMUNE");
                m.put("parentId", root);
                m.put("validFrom", "2025-07-01");
            }
            case "createPlan", "updatePlan" -> {
                m.put("issuingOrgUnitId", root);
                m.put("year", 2021);
            }
            case "createMovement", "updateMovement" -> m.put("launchedBy", "UBND tỉnh Tây Ninh");
            case "createNomination", "updateNomination" -> m.put("orgUnitId", branchUnit);
            case "createReport" -> {
                m.put("orgUnitId", branchUnit);
                m.put("period", "2021S1");
            }
            case "transitionNomination", "transitionReport" -> m.put("action", "SUBMIT");
            case "transitionActivity", "transitionCommunication" -> m.put("action", "VERIFY");
            default -> {
            }
        }
        return m;
    }

    private long unitOrRoot() {
        return unit == 0 ? root : unit;
    }

    Target target(ContractOperations.Op op) {
        String caller = switch (op.id()) {
            case "login" -> null;
            case "changeMyPassword" -> pwUser;
            case "createNomination", "updateNomination", "transitionNomination", "createActivity", "updateActivity",
                 "createCommunication", "updateCommunication", "createReport", "updateReport", "transitionReport",
                 "createRegistration", "updateRegistration", "deleteRegistration", "deleteActivity",
                 "deleteCommunication" -> BRANCH;
            case "transitionActivity", "transitionCommunication" -> PROVINCIAL;
            default -> ADMIN;
        };
        String key = op.id().equals("listChanges") ? apiKey : null;
        Map<String, String> path = new LinkedHashMap<>();
        for (Parameter p : op.in("path")) {
            path.put(p.getName(), pathValue(op, p.getName()));
        }
        Map<String, List<String>> query = new LinkedHashMap<>();
        for (Parameter p : op.in("query")) {
            if (Boolean.TRUE.equals(p.getRequired())) {
                Object v = switch (p.getName()) {
                    case "period" -> "2021S1";
                    case "year" -> 2021;
                    default -> FuzzBodies.value(p.getName(), p.getSchema());
                };
                query.put(p.getName(), List.of(String.valueOf(v)));
            }
        }
        Supplier<Map<String, Object>> body = op.jsonBody() == null ? null : () -> valid(op.id());
        Set<String> excluded = switch (op.id()) {
            // a refused login is still an authentication event: counted for throttling and audited
            case "login" -> Set.of("login_throttle", "audit_event");
            // every call with a key counts against its rate limit and marks it used
            case "listChanges" -> Set.of("integration_rate", "integration_client");
            default -> Set.of();
        };
        return new Target(caller, key, path, query, body, excluded);
    }

    private String pathValue(ContractOperations.Op op, String name) {
        if (name.equals("registrationId")) {
            return Long.toString(registration);
        }
        if (name.equals("owner")) {
            return "activities";
        }
        String feature = op.path().split("/")[3];
        long id = switch (feature) {
            case "users" -> user;
            case "org-units" -> unit;
            case "plans" -> plan;
            case "movements" -> op.id().equals("createRegistration") ? freeMovement : movement;
            case "nominations", "public" -> nomination;
            case "activities", "{owner}" -> activity;
            case "communications" -> communication;
            case "reports" -> report;
            case "integration-clients" -> client;
            default -> 1;
        };
        return Long.toString(id);
    }
}
