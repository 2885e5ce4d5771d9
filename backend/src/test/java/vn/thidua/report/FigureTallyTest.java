package vn.thidua.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static vn.thidua.support.Api.as;
import static vn.thidua.support.Api.unitId;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.thidua.common.Periods;
import vn.thidua.nomination.Nominations;

/**
 * The figure tallies per period: every half-year code follows the Decree 09/2019 cut-offs in Java and in SQL alike, and
 * after creates, edits that move records between units, days, types and categories, checks, deletes and every
 * nomination step that counts, each tally row equals the sums of the records it stands for — and a start under other
 * cut-offs rebuilds them to the same sums.
 */
@QuarkusTest
class FigureTallyTest {
    @Inject
    EntityManager em;

    @Inject
    Periods periods;

    @Inject
    FigureTally tally;

    @Inject
    Instance<FigureSource> sources;

    @Test
    void halvesFollowTheDecreeCutOffsInJavaAndInSql() {
        Map<String, String> days = Map.of("2020-12-14", "2020S2", "2020-12-15", "2021S1", "2021-01-01", "2021S1",
                "2021-06-14", "2021S1", "2021-06-15", "2021S2", "2021-12-14", "2021S2", "2021-12-15", "2022S1",
                "2024-02-29", "2024S1", "2020-12-31", "2021S1");
        days.forEach((day, half) -> {
            assertEquals(half, periods.halfOf(LocalDate.parse(day)), day);
            Object sql = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                    "select " + periods.halfOfSql("cast('" + day + "' as date)")).getSingleResult());
            assertEquals(half, sql, day + " in SQL");
        });
        assertEquals(List.of("2021S1", "2021S2"), periods.halvesOf(periods.parse("2021")));
        assertEquals(List.of("2021S2"), periods.halvesOf(periods.parse("2021S2")));
        assertNull(periods.halvesOf(new Periods.Period("2021", LocalDate.of(2021, 1, 1), LocalDate.of(2021, 12, 31))),
                "a range that is not the period of its code reads the records");
        assertEquals("12-15/06-14", periods.cutOffs());
    }

    @Test
    void talliesFollowEveryChangeAndARebuildUnderOtherCutOffsGivesTheSameSums() {
        long province = unitId("TNH");
        long a = FiguresFromRecordsTest.unit("Huyện Tally A", "DISTRICT", province, "2020-01-01", null);
        long b = FiguresFromRecordsTest.unit("Huyện Tally B", "DISTRICT", province, "2020-01-01", null);
        long commune = FiguresFromRecordsTest.unit("Xã Tally C", "COMMUNE", a, "2020-01-01", null);
        activity(commune, "GIFT_VISIT", "2021-02-01", 900_000);

        // activities: created on the half-year edges, one moved to another unit, day and type, one flagged, one deleted
        String[] days = {"2020-12-14", "2020-12-15", "2021-06-14", "2021-06-15", "2021-12-14"};
        List<Long> ids = new java.util.ArrayList<>();
        for (String d : days) {
            ids.add(activity(a, "GIFT_VISIT", d, 250_000));
        }
        Map<String, Object> moved = activityBody(b, "EXCHANGE", "2021-03-20", 0);
        moved.put("participants", 40);
        put("/api/v1/activities/" + ids.get(1), moved);
        as("canbo.tinh").body(Map.of("action", "FLAG", "comment", "Thiếu ảnh"))
                .post("/api/v1/activities/" + ids.get(2) + "/transitions").then().statusCode(200);
        delete("/api/v1/activities/" + ids.get(3));

        // communications: created, moved to another channel and day, flagged then fixed and resubmitted, deleted
        long c1 = communication(a, "MEETING", "2021-06-14", 120);
        long c2 = communication(a, "PRINTED", "2021-06-15", 30);
        Map<String, Object> c1moved = communicationBody(b, "RADIO_TV", "2020-12-15", 5000);
        put("/api/v1/communications/" + c1, c1moved);
        as("canbo.tinh").body(Map.of("action", "FLAG", "comment", "Sai số liệu"))
                .post("/api/v1/communications/" + c2 + "/transitions").then().statusCode(200);
        long c3 = communication(b, "MEETING", "2021-01-05", 80);
        delete("/api/v1/communications/" + c3);

        // nominations: submitted, returned and moved to another category, recognised, honoured, replicated
        Map<String, Object> n = Nominations.individual("Gương tally " + Nominations.marker());
        long n1 = Nominations.create(Nominations.BRANCH, n);
        Nominations.act(Nominations.BRANCH, n1, "SUBMIT");
        Nominations.act(Nominations.REVIEWER, n1, "RETURN");
        String path = "/api/v1/nominations/" + n1;
        String tag = as(Nominations.BRANCH).get(path).then().statusCode(200).extract().header("ETag");
        Map<String, Object> edited = new HashMap<>(n);
        edited.put("category", "NEW_MODEL");
        as(Nominations.BRANCH).header("If-Match", tag).body(edited).put(path).then().statusCode(200);
        Nominations.act(Nominations.BRANCH, n1, "SUBMIT");
        Nominations.act(Nominations.REVIEWER, n1, "START_REVIEW");
        Nominations.act(Nominations.REVIEWER, n1, "RECOGNIZE");
        Nominations.act(Nominations.REVIEWER, n1, "HONOR");
        Nominations.act(Nominations.REVIEWER, n1, "REPLICATE");
        Nominations.act(Nominations.REVIEWER, n1, "REPLICATE");

        assertTalliesEqualTheRecords();
        long before = provinceGifts();

        // the commune moves to the other district: its records now count there, and still for the province
        String unitPath = "/api/v1/org-units/" + commune;
        Map<String, Object> u = as("admin").get(unitPath).then().statusCode(200).extract().path("$");
        String unitTag = as("admin").get(unitPath).then().extract().header("ETag");
        Map<String, Object> move = new HashMap<>();
        for (String k : List.of("code", "name", "level", "validFrom")) {
            move.put(k, u.get(k));
        }
        move.put("parentId", b);
        as("admin").header("If-Match", unitTag).body(move).put(unitPath).then().statusCode(200);
        assertTalliesEqualTheRecords();
        assertEquals(before, provinceGifts());

        // a start under other cut-offs rebuilds: the same rows come back from the records
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "update figure_tally_state set cut_offs = '01-01/06-30' where id = 1").executeUpdate());
        QuarkusTransaction.requiringNew().run(() -> tally.rebuild(false));
        assertEquals(periods.cutOffs(), QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "select cut_offs from figure_tally_state where id = 1").getSingleResult()));
        assertTalliesEqualTheRecords();
    }

    @Test
    void aKeySpreadOverStripesReadsAsItsSum() {
        // concurrent writes add to random stripes (V11__tally_stripes.sql); a key's figure is the sum of them all
        long province = unitId("TNH");
        long before = provinceGifts();
        addGifts(province, 14, 7);
        addGifts(province, 15, -7);
        try {
            assertEquals(before, provinceGifts(), "+7 in one stripe and -7 in another leave the sum as it was");
            addGifts(province, 15, 12);
            assertEquals(before + 12, provinceGifts(), "every stripe counts");
        } finally {
            addGifts(province, 14, -7);
            addGifts(province, 15, -5);
        }
        assertEquals(before, provinceGifts());
    }

    /** Adds to the province-2021 gift visits' gift count (v4) in one stripe, as a write does. */
    void addGifts(long unit, int stripe, long gifts) {
        QuarkusTransaction.requiringNew().run(() -> {
            for (String key : List.of("GIFT_VISIT", "")) {
                em.createNativeQuery("insert into figure_tally (section, org_unit_id, period, group_key, stripe, v4)"
                                + " values ('activities', ?1, '2021', ?2, ?3, ?4) on duplicate key update v4 = v4 + values(v4)")
                        .setParameter(1, unit).setParameter(2, key).setParameter(3, stripe).setParameter(4, gifts)
                        .executeUpdate();
            }
        });
    }

    /** Every non-zero tally row equals the sums of its records' facts, and every fact is in a tally row. */
    void assertTalliesEqualTheRecords() {
        QuarkusTransaction.requiringNew().run(() -> {
            for (FigureSource s : sources) {
                if (!(s instanceof FigureTally.Tallied t)) {
                    continue;
                }
                FigureTally.Spec spec = t.tallySpec();
                StringBuilder sums = new StringBuilder();
                StringBuilder differs = new StringBuilder("0");
                for (int i = 1; i <= spec.columns(); i++) {
                    sums.append(", sum(s.v").append(i).append(") v").append(i);
                    differs.append(" or coalesce(r.v").append(i).append(", 0) <> coalesce(t.v").append(i)
                            .append(", 0)");
                }
                String half = periods.halfOfSql("s.day");
                String facts = " from (" + spec.source() + ") s join org_unit_closure c on c.descendant_id = s.org_unit_id";
                String byKey = "select c.ancestor_id org_unit_id, " + half + " period, s.group_key" + sums + facts
                        + " group by 1, 2, 3 union all select c.ancestor_id, left(" + half + ", 4), s.group_key" + sums
                        + facts + " group by 1, 2, 3";
                String recomputed = "select * from (" + byKey + ") x union all select org_unit_id, period, ''"
                        + sums.toString().replace("s.v", "x.v") + " from (" + byKey + ") x group by 1, 2";
                // a key's value is the sum of its stripes (V11__tally_stripes.sql)
                String kept = "select org_unit_id, period, group_key, sum(v1) v1, sum(v2) v2, sum(v3) v3, sum(v4) v4,"
                        + " sum(v5) v5, sum(v6) v6 from figure_tally where section = '" + spec.section() + "'"
                        + " group by 1, 2, 3 having sum(v1) <> 0 or sum(v2) <> 0 or sum(v3) <> 0 or sum(v4) <> 0"
                        + " or sum(v5) <> 0 or sum(v6) <> 0";
                String on = " on r.org_unit_id = t.org_unit_id and r.period = t.period and r.group_key = t.group_key";
                Number wrong = (Number) em.createNativeQuery("select count(*) from (" + kept + ") t left join ("
                        + recomputed + ") r" + on + " where " + differs).getSingleResult();
                assertEquals(0, wrong.intValue(), spec.section() + ": tally rows that differ from their records");
                Number missing = (Number) em.createNativeQuery("select count(*) from (" + recomputed + ") r left join ("
                        + kept + ") t" + on + " where t.org_unit_id is null").getSingleResult();
                assertEquals(0, missing.intValue(), spec.section() + ": facts missing from the tallies");
            }
        });
    }

    /** The province's 2021 gift count, as the figures show it. */
    long provinceGifts() {
        return FiguresFromRecordsTest.total(unitId("TNH"), "2021", "activities").get("gifts").longValue();
    }

    static Map<String, Object> activityBody(long unit, String type, String day, long cash) {
        Map<String, Object> m = new HashMap<>();
        m.put("type", type);
        m.put("title", "Hoạt động tally " + day);
        m.put("startDate", day);
        m.put("orgUnitId", unit);
        m.put("participants", 4);
        m.put("beneficiaries", 10);
        if (type.equals("GIFT_VISIT")) {
            m.put("giftCount", 10);
            m.put("giftCashVnd", cash);
            m.put("giftInKindVnd", 1000);
        }
        return m;
    }

    static long activity(long unit, String type, String day, long cash) {
        return ((Number) as("canbo.tinh").body(activityBody(unit, type, day, cash)).post("/api/v1/activities").then()
                .statusCode(201).extract().path("id")).longValue();
    }

    static Map<String, Object> communicationBody(long unit, String channel, String day, int audience) {
        Map<String, Object> m = new HashMap<>();
        m.put("channel", channel);
        m.put("title", "Tin bài tally " + day);
        m.put("publishedOn", day);
        m.put("orgUnitId", unit);
        m.put("audience", audience);
        m.put("quantity", 3);
        return m;
    }

    static long communication(long unit, String channel, String day, int audience) {
        return ((Number) as("canbo.tinh").body(communicationBody(unit, channel, day, audience))
                .post("/api/v1/communications").then().statusCode(201).extract().path("id")).longValue();
    }

    static void put(String path, Map<String, Object> body) {
        String tag = as("canbo.tinh").get(path).then().statusCode(200).extract().header("ETag");
        as("canbo.tinh").header("If-Match", tag).body(body).put(path).then().statusCode(200);
    }

    static void delete(String path) {
        String tag = as("canbo.tinh").get(path).then().statusCode(200).extract().header("ETag");
        as("canbo.tinh").header("If-Match", tag).delete(path).then().statusCode(204);
    }
}
