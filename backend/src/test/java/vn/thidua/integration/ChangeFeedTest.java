package vn.thidua.integration;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.thidua.support.Api.as;
import static vn.thidua.support.Api.raw;
import static vn.thidua.support.Api.rawKey;
import static vn.thidua.support.Api.unitId;
import static vn.thidua.support.Api.withKey;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.thidua.movement.Movements;
import vn.thidua.nomination.Nominations;

/** The change feed as the Board's system follows it. */
@QuarkusTest
class ChangeFeedTest {
    @Inject
    ChangeLog changeLog;

    @Test
    @SuppressWarnings("unchecked")
    void theFeedShowsOnlyWhatTheKeyMaySeeInOrder() {
        Feed feed = new Feed(Clients.key("reports:read", "nominations:read", "movements:read")).atEnd();
        long unit = unitId("X-TANNINH");
        long report = IntegrationClientTest.sentReport(unit, "2024S1");
        long movement = Movements.create("Phong trào theo dõi luồng", "2024-01-01", "2024-12-31");
        long nomination = Nominations.createIn("RECOGNIZED", "Luồng thay đổi " + Nominations.marker());
        List<Map<String, Object>> events = feed.read();

        // the report's draft, submission and approval are not the Board's business: only its sending
        List<Map<String, Object>> r = Feed.of(events, "report", report);
        assertEquals(1, r.size(), r.toString());
        assertEquals("TRANSITIONED", r.get(0).get("action"));
        assertEquals("SENT", ((Map<String, Object>) r.get(0).get("report")).get("status"));
        assertEquals("/api/v1/reports/" + report, r.get(0).get("link"));
        List<Map<String, Object>> m = Feed.of(events, "movement", movement);
        assertEquals(1, m.size());
        assertEquals("CREATED", m.get(0).get("action"));
        assertEquals("Phong trào theo dõi luồng", ((Map<String, Object>) m.get(0).get("movement")).get("name"));
        List<Map<String, Object>> n = Feed.of(events, "nomination", nomination);
        assertEquals(1, n.size(), "only the recognition, not the draft or the review: " + n);
        assertEquals("RECOGNIZED", ((Map<String, Object>) n.get(0).get("nomination")).get("status"));
        // in commit order: the report was sent before the movement was created
        assertTrue(events.indexOf(r.get(0)) < events.indexOf(m.get(0)));
        // nothing new: an empty page keeps the cursor
        String at = feed.cursor;
        assertTrue(feed.read().isEmpty());
        assertEquals(at, feed.cursor);
        // asking again from an event's cursor continues right after it
        List<Map<String, Object>> after = withKey(feed.key).queryParam("after", (String) r.get(0).get("cursor"))
                .get("/api/v1/changes").then().statusCode(200).extract().path("items");
        assertFalse(after.stream().anyMatch(e -> e.get("cursor").equals(r.get(0).get("cursor"))));
        assertTrue(after.stream().anyMatch(e -> e.get("cursor").equals(m.get(0).get("cursor"))));
    }

    @Test
    void aDeletionIsATombstone() {
        long unit = unitId("X-TANNINH");
        long report = IntegrationClientTest.sentReport(unit, "2024");
        Feed feed = new Feed(Clients.key("reports:read")).atEnd();
        // no workflow deletes a sent report today; a deletion records the event this way
        QuarkusTransaction.requiringNew().run(() -> changeLog.record("report", report, ChangeLog.DELETED, unit, false,
                true));
        List<Map<String, Object>> r = Feed.of(feed.read(), "report", report);
        assertEquals(1, r.size());
        assertEquals("DELETED", r.get(0).get("action"));
        assertNull(r.get(0).get("report"));
    }

    @Test
    void typesFollowTheScopesAndBadInputIsA400() {
        String reportsOnly = Clients.key("reports:read");
        Movements.create("Không thuộc phạm vi khóa", "2024-01-01", null);
        withKey(reportsOnly).queryParam("limit", 100).get("/api/v1/changes").then().statusCode(200)
                .body("items.type", org.hamcrest.Matchers.everyItem(equalTo("report")));
        rawKey(reportsOnly).queryParam("types", "movement").get("/api/v1/changes").then().statusCode(403);
        rawKey(reportsOnly).queryParam("types", "activity").get("/api/v1/changes").then().statusCode(400)
                .body("errors.field", hasItem("types"));
        rawKey(reportsOnly).queryParam("after", "khong-hop-le").get("/api/v1/changes").then().statusCode(400)
                .body("errors.field", hasItem("after"));
        rawKey(reportsOnly).queryParam("limit", 101).get("/api/v1/changes").then().statusCode(400);
        // the feed is for keys; a person reads the lists
        raw("admin").get("/api/v1/changes").then().statusCode(403);
        rawKey(Clients.key("org-units:read")).get("/api/v1/changes").then().statusCode(403);
    }
}
