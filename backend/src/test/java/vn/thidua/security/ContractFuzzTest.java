package vn.thidua.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import vn.thidua.support.Api;
import vn.thidua.support.Reliability;

/**
 * Bad input generated from openapi.yaml for every operation that takes a JSON body, query or path parameters,
 * sent as the most privileged caller that may make it. Whatever the input: no 5xx; every 4xx an RFC 9457
 * problem; a refused request leaves every table as it was (CHECKSUM TABLE before and after); text that was
 * accepted is stored NFC.
 *
 * <p>The cases come from a seeded java.util.Random (system property {@code fuzz.seed}), not from jqwik: jqwik
 * is a JUnit Platform engine of its own whose properties do not run Jupiter extensions, so a {@code @Property}
 * never gets the application that {@code @QuarkusTest} starts (jqwik-team/jqwik#487, open). A Jupiter
 * {@code @TestFactory} gives one test per operation and the same repeatability through the seed.
 */
@QuarkusTest
class ContractFuzzTest {
    static final long SEED = Long.getLong("fuzz.seed", 20_260_509L);
    static final String PROBLEM = "application/problem+json";

    @Inject
    AgroalDataSource db;

    /** The totals the RELIABILITY line reports. */
    static final class Tally {
        int requests;
        int operations;
        int serverErrors;
        int nonProblem4xx;
        int dataChangedByRefused;
        int accepted;
        int contractBreaks;
        long sendNanos;
        long checksumNanos;
    }

    @TestFactory
    Stream<DynamicTest> badInputFromTheContract() {
        List<ContractOperations.Op> all = ContractOperations.all();
        List<ContractOperations.Op> ops = all.stream().filter(ContractOperations.Op::takesInput)
                .sorted(Comparator.comparingInt(ContractFuzzTest::phase)).toList();
        FuzzFixtures fixtures = new FuzzFixtures(all);
        Tables tables = new Tables(db);
        Tally tally = new Tally();
        Stream<DynamicTest> perOperation = ops.stream()
                .map(op -> dynamicTest(op.method() + " " + op.path() + " (" + op.id() + ")",
                        () -> fuzz(op, fixtures, tables, tally)));
        Stream<DynamicTest> after = Stream.of(
                dynamicTest("accepted text is stored NFC", () -> {
                    List<String> nonNfc = tables.nonNfcTexts();
                    assertTrue(nonNfc.isEmpty(), "stored text not NFC: " + nonNfc);
                }),
                dynamicTest("exports of the fuzzed records still work", () -> exports(fixtures, tables, tally)),
                dynamicTest("summary", () -> summary(tally)));
        return Stream.concat(perOperation, after);
    }

    /** Records are edited before their workflow moves them on, and deleted last. */
    static int phase(ContractOperations.Op op) {
        if ("DELETE".equals(op.method()) || op.id().startsWith("revoke")) {
            return 2;
        }
        return op.id().startsWith("transition") ? 1 : 0;
    }

    void fuzz(ContractOperations.Op op, FuzzFixtures fixtures, Tables tables, Tally tally) {
        FuzzFixtures.Target target = fixtures.target(op);
        FuzzCases gen = new FuzzCases(new Random(SEED ^ op.id().hashCode()));
        boolean ifMatch = op.params().stream().anyMatch(p -> "If-Match".equals(p.getName()));
        if (op.jsonBody() != null) {
            gen.body(op.jsonBody(), target.body(), target.path(), target.query(), "POST".equals(op.method())
                    && !op.id().startsWith("transition"));
        }
        if (ifMatch && !"DELETE".equals(op.method())) {
            gen.etags(target.path(), target.query(), target.body());
        } else if (ifMatch) {
            // a DELETE with a valid tag would delete the fixture: only tags that must be refused
            gen.etags(target.path(), target.query(), null);
            gen.cases().removeIf(c -> "*".equals(c.headers().get("If-Match")));
        }
        gen.query(op.in("query"), target.path(), target.query());
        gen.path(op.in("path"), target.path(), target.query());
        List<FuzzCase> cases = gen.cases();
        if ("DELETE".equals(op.method()) || op.id().startsWith("revoke")) {
            // only requests that cannot name the fixture itself: a DELETE that succeeds is not bad input
            cases = cases.stream().filter(c -> !c.path().equals(target.path()) || !c.sendCurrentEtag()).toList();
        }
        if (target.user() != null) {
            // logging in is audited: the caller logs in before the baseline, not inside the first bad request
            Api.token(target.user());
        }
        List<String> failures = new ArrayList<>();
        Map<String, Long> before = tables.checksums(target.excludedTables());
        int refusedInBatch = 0;
        for (FuzzCase c : cases) {
            Response r;
            long t0 = System.nanoTime();
            try {
                r = send(op, target, c, ifMatch);
                tally.sendNanos += System.nanoTime() - t0;
            } catch (OpenApiValidationFilter.OpenApiValidationException e) {
                tally.contractBreaks++;
                tally.requests++;
                failures.add(c.label() + ": response breaks the contract: " + e.getMessage());
                before = tables.checksums(target.excludedTables());
                continue;
            }
            tally.requests++;
            boolean refused = check(op, c, r, tally, failures);
            if (op.writes()) {
                long t1 = System.nanoTime();
                Map<String, Long> after = tables.checksums(target.excludedTables());
                tally.checksumNanos += System.nanoTime() - t1;
                List<String> changed = Tables.changed(before, after);
                if (refused && !changed.isEmpty()) {
                    tally.dataChangedByRefused++;
                    failures.add(c.label() + ": refused with " + r.statusCode() + " but changed " + changed);
                }
                before = after;
            } else if (refused) {
                refusedInBatch++;
            }
        }
        if (!op.writes()) {
            List<String> changed = Tables.changed(before, tables.checksums(target.excludedTables()));
            if (!changed.isEmpty()) {
                tally.dataChangedByRefused += refusedInBatch > 0 ? 1 : 0;
                failures.add("reads changed " + changed);
            }
        }
        tally.operations++;
        System.out.printf("fuzz %-28s %4d requests %s%n", op.id(), cases.size(),
                failures.isEmpty() ? "ok" : failures.size() + " FAILED");
        assertTrue(failures.isEmpty(), op.id() + ": " + failures.size() + " bad answers:\n  "
                + String.join("\n  ", failures.subList(0, Math.min(40, failures.size()))));
    }

    /** True when the server refused the request (4xx). */
    static boolean check(ContractOperations.Op op, FuzzCase c, Response r, Tally tally, List<String> failures) {
        int status = r.statusCode();
        String type = r.contentType() == null ? "" : r.contentType();
        String text = r.asString();
        if (status >= 500) {
            tally.serverErrors++;
            failures.add(c.label() + ": " + status + " " + shorten(text));
            return false;
        }
        if (status >= 400) {
            if (!type.startsWith(PROBLEM) || !isProblem(text, status)) {
                tally.nonProblem4xx++;
                failures.add(c.label() + ": " + status + " not a problem (" + type + ") " + shorten(text));
            }
            return true;
        }
        tally.accepted++;
        if (type.contains("json") && !Normalizer.isNormalized(text, Normalizer.Form.NFC)) {
            failures.add(c.label() + ": accepted, but answered text that is not NFC");
        }
        return false;
    }

    static boolean isProblem(String text, int status) {
        try {
            JsonPath json = JsonPath.from(text);
            return json.get("type") instanceof String && json.get("title") instanceof String
                    && Integer.valueOf(status).equals(json.get("status"));
        } catch (RuntimeException e) {
            return false;
        }
    }

    Response send(ContractOperations.Op op, FuzzFixtures.Target target, FuzzCase c, boolean ifMatch) {
        RequestSpecification spec = caller(target).urlEncodingEnabled(false);
        c.headers().forEach(spec::header);
        if (ifMatch && c.sendCurrentEtag() && !c.headers().containsKey("If-Match")) {
            String etag = currentEtag(op, target);
            if (etag != null) {
                spec.header("If-Match", etag);
            }
        }
        if (c.body() != null) {
            if (c.contentType() != null) {
                spec.contentType(c.contentType());
            }
            if (c.contentType() != null && c.contentType().startsWith("application/x-www-form-urlencoded")) {
                spec.body(new String(c.body(), StandardCharsets.UTF_8));
            } else {
                spec.body(c.body());
            }
        }
        return spec.request(op.method(), url(op.path(), c.path(), c.query()));
    }

    static RequestSpecification caller(FuzzFixtures.Target target) {
        if (target.apiKey() != null) {
            return Api.rawKey(target.apiKey());
        }
        return target.user() == null ? Api.rawAnon() : Api.raw(target.user());
    }

    /** The ETag of the record the operation changes (a transition changes the record above it). */
    static String currentEtag(ContractOperations.Op op, FuzzFixtures.Target target) {
        String path = op.path().replaceAll("/transitions$", "");
        Response r = caller(target).urlEncodingEnabled(false).get(url(path, target.path(), Map.of()));
        return r.statusCode() == 200 ? r.header("ETag") : null;
    }

    static String url(String template, Map<String, String> path, Map<String, List<String>> query) {
        String url = template;
        for (Map.Entry<String, String> p : path.entrySet()) {
            url = url.replace("{" + p.getKey() + "}", encode(p.getValue()));
        }
        List<String> pairs = new ArrayList<>();
        query.forEach((k, vs) -> vs.forEach(v -> pairs.add(encode(k) + "=" + encode(v))));
        return pairs.isEmpty() ? url : url + "?" + String.join("&", pairs);
    }

    static String encode(String v) {
        return URLEncoder.encode(v, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** Records that took hostile text must still export: Word and Excel refuse control characters in XML. */
    void exports(FuzzFixtures fx, Tables tables, Tally tally) {
        List<String> failures = new ArrayList<>();
        List<String> urls = new ArrayList<>();
        for (String format : List.of("xlsx", "csv")) {
            urls.add("/api/v1/activities/export?format=" + format);
            urls.add("/api/v1/communications/export?format=" + format);
        }
        for (String format : List.of("docx", "xlsx", "csv")) {
            urls.add("/api/v1/reports/" + fx.report + "/export?format=" + format);
        }
        for (String u : urls) {
            for (String user : List.of(FuzzFixtures.ADMIN, FuzzFixtures.BRANCH)) {
                Response r = Api.raw(user).get(u);
                tally.requests++;
                check(null, new FuzzCase("export " + u + " as " + user, Map.of(), Map.of(), null, null, Map.of(),
                        false), r, tally, failures);
            }
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    static void summary(Tally tally) {
        String numbers = "requests=" + tally.requests + " operations=" + tally.operations
                + " server_errors=" + tally.serverErrors + " non_problem_4xx=" + tally.nonProblem4xx
                + " data_changed_by_refused=" + tally.dataChangedByRefused;
        Reliability.report("contract-fuzz", numbers);
        System.out.println("contract-fuzz accepted=" + tally.accepted + " contract_breaks=" + tally.contractBreaks
                + " seed=" + SEED + " send_s=" + tally.sendNanos / 1_000_000_000 + " checksum_s="
                + tally.checksumNanos / 1_000_000_000);
        assertTrue(tally.requests > 1000, "too few requests to mean anything: " + tally.requests);
        assertEquals(0, tally.serverErrors + tally.nonProblem4xx + tally.dataChangedByRefused + tally.contractBreaks,
                numbers);
    }

    static String shorten(String text) {
        String s = text == null ? "" : text.replaceAll("\\s+", " ");
        return s.length() > 300 ? s.substring(0, 300) + "…" : s;
    }
}
