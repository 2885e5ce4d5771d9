package vn.thidua.activity;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.thidua.activity.ActivityTest.BASE;
import static vn.thidua.activity.ActivityTest.activity;
import static vn.thidua.activity.ActivityTest.create;
import static vn.thidua.activity.ActivityTest.freshUnit;
import static vn.thidua.activity.ActivityTest.gift;
import static vn.thidua.activity.ActivityTest.tag;
import static vn.thidua.support.Api.as;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import vn.thidua.org.OrgScope;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A search's page from the newest rows, the full-text index when the words are rare there, and the totals row on
 * its own: every way gives what the plain query over all the rows gives.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RecordSearchTest {
    /** One, then two newest rows per row wanted, at most five, before the full-text index is asked; a probe of five. */
    static final RecordSearch SMALL = new RecordSearch("activity", "start_date", new int[] {1, 2}, 5, 5);
    static final String ORDER = "a.start_date DESC, a.id DESC";

    @Inject
    AgroalDataSource dataSource;

    @Inject
    OrgScope scope;

    long unit;
    String common;
    String rare;
    final List<Integer> rareIds = new ArrayList<>();

    /** Ten newest exchanges share a word; two older gift visits hold a rare one (made once, by the first test). */
    @BeforeEach
    void records() {
        if (unit != 0) {
            return;
        }
        unit = freshUnit();
        common = tag().toLowerCase();
        rare = "hiem" + tag().toLowerCase();
        for (int i = 0; i < 2; i++) {
            Map<String, Object> g = gift("Tặng quà " + common + " " + rare + " lần " + i, "2025-03-0" + (i + 1),
                    1_000_000, 500_000);
            g.put("orgUnitId", unit);
            rareIds.add(0, create("canbo.tinh", g));
        }
        for (int i = 0; i < 10; i++) {
            Map<String, Object> ex = activity("EXCHANGE", "Giao lưu " + common + " đợt " + i,
                    String.format("2025-04-%02d", i + 1));
            ex.put("orgUnitId", unit);
            ex.put("participants", 10);
            create("canbo.tinh", ex);
        }
    }

    private RecordQuery query(String q) {
        return new RecordQuery(List.of(unit)).search(q);
    }

    private List<Long> reference(Connection con, String q, long offset, int limit) throws Exception {
        RecordQuery rq = query(q);
        try (PreparedStatement ps = con.prepareStatement("SELECT a.id FROM activity a WHERE " + rq.scanOnly().where()
                + " ORDER BY " + ORDER + " LIMIT ? OFFSET ?")) {
            int i = rq.bind(ps);
            ps.setInt(i++, limit);
            ps.setLong(i, offset);
            List<Long> ids = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
            return ids;
        }
    }

    @Test
    void everyPageIsThePlainQuerysPageWhicheverWayItIsFound() throws Exception {
        try (Connection con = dataSource.getConnection()) {
            for (String q : List.of(common, rare, "giao " + common, "quà " + rare, "không có " + rare)) {
                for (long offset : List.of(0L, 2L, 4L, 11L)) {
                    List<Long> expected = reference(con, q, offset, 3);
                    assertEquals(expected, SMALL.pageIds(con, query(q), ORDER, true, offset, 3), q + " @" + offset);
                    assertEquals(expected, ActivityService.SEARCH.pageIds(con, query(q), ORDER, true, offset, 3),
                            q + " @" + offset + " (production sizes)");
                }
            }
            List<Long> rareOnes = SMALL.pageIds(con, query(rare), ORDER, true, 0, 3);
            assertEquals(rareIds.stream().map(Integer::longValue).toList(), rareOnes,
                    "the rare word's two older records, found past the five newest rows");
        }
    }

    @Test
    void theTotalsScanCommonWordsAndAskTheIndexForRareOnes() throws Exception {
        try (Connection con = dataSource.getConnection()) {
            assertFalse(SMALL.forWholeSet(con, query(common)).where().contains("MATCH"), "a common word is scanned");
            assertTrue(SMALL.forWholeSet(con, query(rare)).where().contains("MATCH"), "a rare word uses the index");
            assertFalse(ActivityService.SEARCH.forWholeSet(con, query(rare)).where().contains("MATCH"),
                    "a set smaller than the probe is scanned");
        }
    }

    @Test
    void theWholeTreeIsListedWithoutAUnitFilterAndMissesNothing() throws Exception {
        long root = rootOf();
        assertTrue(scope.subtree(root).whole(), "the top unit's subtree is every unit");
        assertFalse(scope.subtree(unit).whole(), "a commune's is not");
        assertFalse(new RecordQuery(scope.subtree(root)).where().contains("org_unit_id"));
        long all;
        try (Connection con = dataSource.getConnection(); PreparedStatement ps = con.prepareStatement(
                "SELECT COUNT(*) FROM activity WHERE start_date BETWEEN '2024-12-15' AND '2025-12-14'")) {
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                all = rs.getLong(1);
            }
        }
        as("admin").queryParam("period", "2025").get(BASE + "/totals").then().statusCode(200)
                .body("records", equalTo((int) all));
        as("admin").queryParam("period", "2025").queryParam("q", common).get(BASE + "/totals").then()
                .statusCode(200).body("records", equalTo(12));
    }

    private long rootOf() throws Exception {
        try (Connection con = dataSource.getConnection(); PreparedStatement ps = con.prepareStatement(
                "SELECT id FROM org_unit WHERE parent_id IS NULL")) {
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    @Test
    void aSearchsPageComesAloneAndItsTotalsRowFromItsOwnEndpoint() {
        as("canbo.tinh").queryParam("orgUnitId", unit).queryParam("q", common).queryParam("size", 5)
                .queryParam("totals", false).get(BASE).then().statusCode(200)
                .body("items.size()", equalTo(5)).body("hasMore", equalTo(true))
                .body("$", not(hasKey("totalItems"))).body("$", not(hasKey("totals")));
        as("canbo.tinh").queryParam("orgUnitId", unit).queryParam("q", common).queryParam("size", 5)
                .queryParam("page", 2).queryParam("totals", false).get(BASE).then().statusCode(200)
                .body("items.size()", equalTo(2)).body("hasMore", equalTo(false));
        as("canbo.tinh").queryParam("orgUnitId", unit).queryParam("q", rare).queryParam("totals", false).get(BASE)
                .then().statusCode(200).body("items.id", contains(rareIds.toArray()));
        as("canbo.tinh").queryParam("orgUnitId", unit).queryParam("q", common).get(BASE + "/totals").then()
                .statusCode(200).body("records", equalTo(12)).body("participants", equalTo(110))
                .body("giftCashVnd", equalTo(2_000_000)).body("giftInKindVnd", equalTo(1_000_000));
        as("canbo.tinh").queryParam("orgUnitId", unit).queryParam("q", rare).get(BASE + "/totals").then()
                .statusCode(200).body("records", equalTo(2)).body("participants", equalTo(10));
        as("canbo.tinh").queryParam("orgUnitId", unit).queryParam("q", common).queryParam("size", 5).get(BASE).then()
                .statusCode(200).body("totalItems", equalTo(12)).body("totals.records", equalTo(12))
                .body("hasMore", equalTo(true));
        as("canbo.xa").queryParam("orgUnitId", unit).get(BASE + "/totals").then().statusCode(404);
    }
}
