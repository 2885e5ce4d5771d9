package vn.thidua.activity;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static vn.thidua.support.Api.as;
import static vn.thidua.support.Api.raw;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.thidua.nomination.Nominations;

/** An activity may serve a nomination the caller can see, and no other. */
@QuarkusTest
class LinkedRecordsTest {
    static Map<String, Object> activity(String title, long nominationId) {
        Map<String, Object> m = new HashMap<>();
        m.put("type", "FIELD_VISIT");
        m.put("title", title);
        m.put("startDate", "2025-09-10");
        m.put("nominationId", nominationId);
        return m;
    }

    @Test
    void anotherBranchsNominationCannotBeLinked() {
        long own = Nominations.create("canbo.xa", Nominations.individual("Gương tốt " + UUID.randomUUID()));
        Map<String, Object> theirs = Nominations.individual("Gương tốt " + UUID.randomUUID());
        theirs.put("orgUnitId", vn.thidua.support.Api.unitId("X-LONGHOA"));
        long foreign = Nominations.create("canbo.xa2", theirs);
        String title = "Tham quan mô hình " + UUID.randomUUID();
        raw("canbo.xa").contentType(ContentType.JSON).body(activity(title, foreign)).post("/api/v1/activities")
                .then().statusCode(400).body("errors.field", hasItem("nominationId"));
        as("canbo.xa").queryParam("q", title).get("/api/v1/activities").then().body("totalItems", equalTo(0));
        as("canbo.xa").body(activity(title, own)).post("/api/v1/activities").then().statusCode(201)
                .body("nominationId", equalTo((int) own));
    }
}
