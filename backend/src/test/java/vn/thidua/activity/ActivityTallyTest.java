package vn.thidua.activity;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.thidua.activity.ActivityTest.BASE;
import static vn.thidua.activity.ActivityTest.freshUnit;
import static vn.thidua.activity.ActivityTest.gift;
import static vn.thidua.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The half-month tallies behind the totals row and the figures: after creates, edits that move a record to another
 * unit, day and type, checks and deletes, every tally equals the sums of its records, and the totals of ranges that
 * do and do not fall on half-month edges equal the sums of the listed records.
 */
@QuarkusTest
class ActivityTallyTest {
    static final String[] COLUMNS = {"records", "participants", "beneficiaries", "giftCount", "giftCashVnd",
        "giftInKindVnd"};

    @Inject
    EntityManager em;

    @Test
    void splitKeepsWholeHalfMonthsForTheTalliesAndTheEdgesForTheRecords() {
        ActivityTally.Split year = ActivityTally.split(LocalDate.of(2020, 12, 15), LocalDate.of(2021, 12, 14));
        assertEquals(LocalDate.of(2020, 12, 15), year.tallyFrom());
        assertEquals(LocalDate.of(2021, 12, 1), year.tallyTo());
        assertTrue(year.rawRanges().isEmpty());

        ActivityTally.Split odd = ActivityTally.split(LocalDate.of(2020, 12, 20), LocalDate.of(2021, 2, 20));
        assertEquals(LocalDate.of(2021, 1, 1), odd.tallyFrom());
        assertEquals(LocalDate.of(2021, 2, 1), odd.tallyTo());
        assertEquals(List.of("2020-12-20..2020-12-31", "2021-02-15..2021-02-20"), ranges(odd));

        ActivityTally.Split inside = ActivityTally.split(LocalDate.of(2021, 6, 3), LocalDate.of(2021, 6, 20));
        assertFalse(inside.usesTally());
        assertEquals(List.of("2021-06-03..2021-06-20"), ranges(inside));

        ActivityTally.Split endOfFebruary = ActivityTally.split(LocalDate.of(2024, 2, 15), LocalDate.of(2024, 2, 29));
        assertEquals(LocalDate.of(2024, 2, 15), endOfFebruary.tallyFrom());
        assertEquals(LocalDate.of(2024, 2, 15), endOfFebruary.tallyTo());
        assertTrue(endOfFebruary.rawRanges().isEmpty());
    }

    private static List<String> ranges(ActivityTally.Split s) {
        List<String> out = new ArrayList<>();
        s.rawRanges().forEach(r -> out.add(r[0] + ".." + r[1]));
        return out;
    }

    @Test
    void talliesFollowEveryChangeAndTotalsEqualTheRecordsOnAnyRange() {
        long unit = freshUnit();
        long other = freshUnit();
        String[] days = {"2020-12-14", "2020-12-15", "2021-01-03", "2021-01-14", "2021-01-15", "2021-06-14",
            "2021-06-15", "2021-12-14", "2021-12-15"};
        List<Integer> ids = new ArrayList<>();
        for (int i = 0; i < days.length; i++) {
            Map<String, Object> g = gift("Tặng quà " + ActivityTest.tag(), days[i], 100_000L * (i + 1), 10_000L * i);
            g.put("orgUnitId", unit);
            g.put("participants", i + 1);
            ids.add(ActivityTest.create("canbo.tinh", g));
        }
        // an edit moves a record to another day, unit and type; a check flags one, another is verified; one is deleted
        String path = BASE + "/" + ids.get(2);
        String etag = as("canbo.tinh").get(path).then().statusCode(200).extract().header("ETag");
        Map<String, Object> moved = ActivityTest.activity("EXCHANGE", "Giao lưu " + ActivityTest.tag(), "2021-03-20");
        moved.put("orgUnitId", other);
        moved.put("participants", 40);
        as("canbo.tinh").header("If-Match", etag).body(moved).put(path).then().statusCode(200);
        // an edit that stays in its unit, half-month, type and status changes only the sums of its tally row
        String samePath = BASE + "/" + ids.get(6);
        String sameTag = as("canbo.tinh").get(samePath).then().statusCode(200).extract().header("ETag");
        Map<String, Object> same = gift("Tặng quà " + ActivityTest.tag(), days[6], 700_000L, 60_000L);
        same.put("orgUnitId", unit);
        same.put("participants", 70);
        as("canbo.tinh").header("If-Match", sameTag).body(same).put(samePath).then().statusCode(200)
                .body("participants", equalTo(70));
        as("canbo.tinh").body(Map.of("action", "FLAG", "comment", "Thiếu ảnh")).post(BASE + "/" + ids.get(3)
                + "/transitions").then().statusCode(200);
        as("canbo.tinh").body(Map.of("action", "VERIFY")).post(BASE + "/" + ids.get(4) + "/transitions")
                .then().statusCode(200);
        String delPath = BASE + "/" + ids.get(5);
        String delTag = as("canbo.tinh").get(delPath).then().statusCode(200).extract().header("ETag");
        as("canbo.tinh").header("If-Match", delTag).delete(delPath).then().statusCode(204);

        assertTalliesEqualTheRecords();

        // ranges on and off the half-month edges, with and without type and status filters
        String[][] filters = {{"period", "2021"}, {"period", "2021S1"}, {"period", "2022S1"},
            {"from", "2020-12-20", "to", "2021-06-20"}, {"from", "2021-01-03", "to", "2021-01-14"},
            {"from", "2021-01-15"}, {"to", "2021-01-14"}, {"period", "2021", "status", "FLAGGED"},
            {"period", "2021", "type", "GIFT_VISIT"}, {"period", "2021", "type", "EXCHANGE"}};
        for (long u : new long[]{unit, other}) {
            for (String[] f : filters) {
                var req = as("canbo.tinh").queryParam("orgUnitId", u).queryParam("size", 100);
                for (int i = 0; i < f.length; i += 2) {
                    req = req.queryParam(f[i], f[i + 1]);
                }
                var body = req.get(BASE).then().statusCode(200).extract().jsonPath();
                List<Map<String, Object>> items = body.getList("items");
                for (String col : COLUMNS) {
                    long expected = 0;
                    for (Map<String, Object> it : items) {
                        expected += col.equals("records") ? 1 : ((Number) (it.get(col) == null ? 0 : it.get(col)))
                                .longValue();
                    }
                    assertEquals(expected, body.getLong("totals." + col), col + " for " + String.join(" ", f));
                }
            }
        }
    }

    /** Every tally row equals the sums of its records, and every record is in a tally. */
    void assertTalliesEqualTheRecords() {
        String recomputed = "select org_unit_id, if(day(start_date) < 15, start_date - interval (day(start_date) - 1)"
                + " day, start_date - interval (day(start_date) - 15) day) b, type, status, count(*) n,"
                + " coalesce(sum(participants), 0) p, coalesce(sum(beneficiaries), 0) be, coalesce(sum(gift_count), 0) g,"
                + " coalesce(sum(gift_cash_vnd), 0) c, coalesce(sum(gift_in_kind_vnd), 0) k from activity"
                + " group by 1, 2, 3, 4";
        // a key's value is the sum of its stripes (V11__tally_stripes.sql)
        String kept = "(select org_unit_id, bucket, type, status, sum(records) records, sum(participants) participants,"
                + " sum(beneficiaries) beneficiaries, sum(gift_count) gift_count, sum(gift_cash_vnd) gift_cash_vnd,"
                + " sum(gift_in_kind_vnd) gift_in_kind_vnd from activity_tally group by 1, 2, 3, 4)";
        Number diff = (Number) em.createNativeQuery("select count(*) from (select t.org_unit_id from " + kept + " t"
                + " left join (" + recomputed + ") r on r.org_unit_id = t.org_unit_id and r.b = t.bucket"
                + " and r.type = t.type and r.status = t.status where coalesce(r.n, 0) <> t.records"
                + " or coalesce(r.p, 0) <> t.participants or coalesce(r.be, 0) <> t.beneficiaries"
                + " or coalesce(r.g, 0) <> t.gift_count or coalesce(r.c, 0) <> t.gift_cash_vnd"
                + " or coalesce(r.k, 0) <> t.gift_in_kind_vnd) x").getSingleResult();
        assertEquals(0, diff.intValue(), "tally rows that differ from their records");
        Number missing = (Number) em.createNativeQuery("select count(*) from (" + recomputed + ") r left join"
                + " " + kept + " t on r.org_unit_id = t.org_unit_id and r.b = t.bucket and r.type = t.type"
                + " and r.status = t.status where t.org_unit_id is null").getSingleResult();
        assertEquals(0, missing.intValue(), "records without a tally");
    }
}
