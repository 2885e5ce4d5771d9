package vn.thidua.nomination;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.thidua.nomination.Nominations.BRANCH;
import static vn.thidua.nomination.Nominations.REVIEWER;
import static vn.thidua.nomination.Nominations.act;
import static vn.thidua.nomination.Nominations.create;
import static vn.thidua.nomination.Nominations.individual;
import static vn.thidua.support.Uploads.jpeg;
import static vn.thidua.nomination.Nominations.marker;
import static vn.thidua.nomination.Nominations.upload;
import static vn.thidua.nomination.Nominations.walkTo;
import static vn.thidua.support.Api.anon;
import static vn.thidua.support.Api.rawAnon;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The public showcase shows honoured, consented examples with public fields only, to anyone. */
@QuarkusTest
class PublicExampleTest {
    @Test
    void onlyHonouredConsentedExamplesWithTheirPublicFields() {
        String m = marker();
        long shown = create("Công khai " + m);
        upload(BRANCH, shown, "anh.jpg", jpeg(400, 300), "image/jpeg");
        walkTo(shown, "HONORED");
        Map<String, Object> noConsent = individual("Không đồng ý công khai " + m);
        noConsent.put("publicConsent", false);
        long hidden = create(BRANCH, noConsent);
        upload(BRANCH, hidden, "anh.jpg", jpeg(40, 30), "image/jpeg");
        walkTo(hidden, "HONORED");
        long draft = create("Bản nháp " + m);
        long recognized = create("Mới công nhận " + m);
        walkTo(recognized, "RECOGNIZED");
        long replicated = create("Đã nhân rộng " + m);
        walkTo(replicated, "REPLICATED");

        Map<String, Object> page = anon().queryParam("q", m).get("/api/v1/public/examples").then().statusCode(200)
                .body("totalItems", equalTo(2)).extract().path("$");
        List<Map<String, Object>> items = (List<Map<String, Object>>) page.get("items");
        List<Integer> ids = items.stream().map(i -> (Integer) i.get("id")).toList();
        assertTrue(ids.contains((int) shown) && ids.contains((int) replicated));
        assertFalse(ids.contains((int) hidden) || ids.contains((int) draft) || ids.contains((int) recognized));
        Map<String, Object> item = items.stream().filter(i -> ((Integer) i.get("id")) == shown).findFirst().orElseThrow();
        for (String secret : List.of("birthYear", "gender", "contact", "createdBy", "orgUnitId", "allowedActions",
                "publicConsent", "history")) {
            assertFalse(item.containsKey(secret), secret + " is private");
        }
        assertEquals("Nguyễn Văn Thử", item.get("nomineeName"));
        assertEquals("/api/v1/public/examples/" + shown + "/photo", item.get("photoUrl"));

        byte[] photo = rawAnon().get("/api/v1/public/examples/" + shown + "/photo").then().statusCode(200)
                .contentType("image/jpeg").extract().asByteArray();
        assertTrue(photo.length > 100);
        anon().get("/api/v1/public/examples/" + replicated).then().statusCode(200)
                .body("replications[0].adoptingUnitName", equalTo("Trường THCS Tân Ninh")).body("photoUrl", nullValue());
        for (long id : List.of(hidden, draft, recognized)) {
            rawAnon().get("/api/v1/public/examples/" + id).then().statusCode(404);
            rawAnon().get("/api/v1/public/examples/" + id + "/photo").then().statusCode(404);
        }
        rawAnon().get("/api/v1/public/examples/" + replicated + "/photo").then().statusCode(404);
    }

    @Test
    void theFeedForTheWebsite() {
        String m = marker();
        long id = create("Bản tin " + m);
        upload(BRANCH, id, "anh.jpg", jpeg(100, 80), "image/jpeg");
        walkTo(id, "HONORED");
        Map<String, Object> noConsent = individual("Bản tin riêng tư " + m);
        noConsent.put("publicConsent", false);
        long hidden = create(BRANCH, noConsent);
        walkTo(hidden, "HONORED");
        anon().get("/api/v1/public/examples/feed.json").then().statusCode(200)
                .contentType("application/feed+json")
                .body("version", equalTo("https://jsonfeed.org/version/1.1"))
                .body("items.id", hasItem(String.valueOf(id)))
                .body("items.id", not(hasItem(String.valueOf(hidden))))
                .body("items.find { it.id == '" + id + "' }.image", notNullValue())
                .body("items.find { it.id == '" + id + "' }.url", equalTo("http://localhost:5173/cong-khai/" + id));
    }
}
