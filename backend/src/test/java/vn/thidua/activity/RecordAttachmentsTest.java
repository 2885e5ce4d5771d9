package vn.thidua.activity;

import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.thidua.support.Api.as;
import static vn.thidua.support.Api.etag;
import static vn.thidua.support.Api.raw;
import static vn.thidua.support.Uploads.contains;
import static vn.thidua.support.Uploads.exe;
import static vn.thidua.support.Uploads.jpeg;
import static vn.thidua.support.Uploads.jpegWithGps;
import static vn.thidua.support.Uploads.multipart;
import static vn.thidua.support.Uploads.tooLarge;
import static vn.thidua.support.Uploads.upload;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Photos and documents of activities and communication outputs: the shared attachment endpoints, scoped like
 * the record and open for changes while its author may still edit it (not once the province verified it).
 */
@QuarkusTest
class RecordAttachmentsTest {
    static final String AUTHOR = "canbo.xa";

    /** A new record of this owner type by canbo.xa (X-TANNINH), SUBMITTED. */
    static long record(String owner) {
        String title = "Ảnh hiện trường " + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> body = owner.equals("activities")
                ? Map.of("type", "GIFT_VISIT", "title", title, "startDate", "2025-09-02", "giftCount", 3)
                : Map.of("channel", "NEWSPAPER", "title", title, "publishedOn", "2025-09-02", "outlet", "Báo Tây Ninh");
        Number id = as(AUTHOR).body(body).post("/api/v1/" + owner).then().statusCode(201).extract().path("id");
        return id.longValue();
    }

    static void act(String owner, long id, String user, String action) {
        as(user).body(Map.of("action", action, "comment", "Ảnh chưa rõ"))
                .post("/api/v1/" + owner + "/" + id + "/transitions").then().statusCode(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"activities", "communications"})
    void aPhotoFromThePhoneIsStoredWithoutItsGpsAndListedOnTheRecord(String owner) {
        long id = record(owner);
        byte[] original = jpegWithGps(64, 48);
        assertTrue(contains(original, "GPS"));
        Number attachment = raw(AUTHOR).contentType("multipart/form-data; boundary=XyZ")
                .body(multipart("ảnh tặng quà.jpg", original))
                .post("/api/v1/" + owner + "/" + id + "/attachments").then().statusCode(201)
                .body("ownerType", equalTo(owner)).body("ownerId", equalTo((int) id))
                .body("fileName", equalTo("ảnh tặng quà.jpg")).body("hasThumbnail", equalTo(true))
                .extract().path("id");
        byte[] stored = as(AUTHOR).get("/api/v1/attachments/" + attachment).then().statusCode(200)
                .contentType("image/jpeg").extract().asByteArray();
        assertFalse(contains(stored, "GPS"), "the position is gone");
        assertFalse(contains(stored, "Exif"), "no Exif left");
        as(AUTHOR).get("/api/v1/attachments/" + attachment + "/thumbnail").then().statusCode(200);
        // the province reads it too: its subtree holds the branch
        as("canbo.tinh").get("/api/v1/" + owner + "/" + id + "/attachments").then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].id", equalTo(attachment.intValue()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"activities", "communications"})
    void anotherBranchFindsNeitherTheRecordsPhotosNorAPlaceToAddOne(String owner) {
        long id = record(owner);
        long photo = upload(AUTHOR, owner, id, "a.jpg", jpeg(20, 20), "image/jpeg");
        raw("canbo.xa2").get("/api/v1/" + owner + "/" + id + "/attachments").then().statusCode(404);
        raw("canbo.xa2").contentType("multipart/form-data").multiPart("file", "b.jpg", jpeg(20, 20), "image/jpeg")
                .post("/api/v1/" + owner + "/" + id + "/attachments").then().statusCode(404);
        raw("canbo.xa2").get("/api/v1/attachments/" + photo).then().statusCode(404);
        raw("canbo.xa2").get("/api/v1/attachments/" + photo + "/thumbnail").then().statusCode(404);
        raw("canbo.xa2").delete("/api/v1/attachments/" + photo).then().statusCode(404);
        as(AUTHOR).get("/api/v1/" + owner + "/" + id + "/attachments").then().body("items", hasSize(1));
    }

    @ParameterizedTest
    @ValueSource(strings = {"activities", "communications"})
    void photosChangeWhileTheRecordMayBeEditedAndNotOnceVerified(String owner) {
        long id = record(owner);
        String url = "/api/v1/" + owner + "/" + id + "/attachments";
        raw("lanhdao").contentType("multipart/form-data").multiPart("file", "l.jpg", jpeg(20, 20), "image/jpeg")
                .post(url).then().statusCode(403);

        act(owner, id, "canbo.tinh", "FLAG");
        long fix = upload(AUTHOR, owner, id, "bo-sung.jpg", jpeg(30, 20), "image/jpeg"); // flagged: the author fixes it
        act(owner, id, AUTHOR, "RESUBMIT");
        act(owner, id, "canbo.tinh", "VERIFY");

        raw(AUTHOR).contentType("multipart/form-data").multiPart("file", "muon.jpg", jpeg(20, 20), "image/jpeg")
                .post(url).then().statusCode(409).contentType("application/problem+json")
                .body("type", endsWith("record-verified"));
        raw(AUTHOR).delete("/api/v1/attachments/" + fix).then().statusCode(409);
        as(AUTHOR).get(url).then().statusCode(200).body("items", hasSize(1));
    }

    @ParameterizedTest
    @ValueSource(strings = {"activities", "communications"})
    void oversizeAndDisguisedFilesAreRefusedAndNothingIsKept(String owner) {
        long id = record(owner);
        String url = "/api/v1/" + owner + "/" + id + "/attachments";
        raw(AUTHOR).contentType("multipart/form-data").multiPart("file", "lon.jpg", tooLarge(), "image/jpeg")
                .post(url).then().statusCode(413).contentType("application/problem+json");
        raw(AUTHOR).contentType("multipart/form-data").multiPart("file", "anh.jpg", exe(), "image/jpeg")
                .post(url).then().statusCode(415).contentType("application/problem+json");
        as(AUTHOR).get(url).then().body("items", hasSize(0));
    }

    @ParameterizedTest
    @ValueSource(strings = {"activities", "communications"})
    void deletingTheRecordTakesItsAttachments(String owner) {
        long id = record(owner);
        long photo = upload(AUTHOR, owner, id, "a.jpg", jpeg(24, 24), "image/jpeg");
        String path = "/api/v1/" + owner + "/" + id;
        as(AUTHOR).header("If-Match", etag(as(AUTHOR), path)).delete(path).then().statusCode(204);
        raw(AUTHOR).get("/api/v1/attachments/" + photo).then().statusCode(404);
        assertEquals(404, raw(AUTHOR).get(path + "/attachments").then().extract().statusCode());
    }

    @ParameterizedTest
    @ValueSource(strings = {"activities", "communications"})
    void aPhotoSentAgainWithItsKeyIsStoredOnce(String owner) {
        long id = record(owner);
        String url = "/api/v1/" + owner + "/" + id + "/attachments";
        String key = UUID.randomUUID().toString();
        byte[] photo = jpeg(40, 30);
        var first = raw(AUTHOR).header("Idempotency-Key", key).contentType("multipart/form-data")
                .multiPart("file", "anh.jpg", photo, "image/jpeg").post(url).then().statusCode(201)
                .header("Location", matchesPattern(".*/api/v1/attachments/\\d+$")).extract();
        Number attachment = first.path("id");
        // the phone never heard the answer and sends the same photo with the same key
        raw(AUTHOR).header("Idempotency-Key", key).contentType("multipart/form-data")
                .multiPart("file", "anh.jpg", photo, "image/jpeg").post(url).then().statusCode(201)
                .header("Idempotent-Replayed", "true").body("id", equalTo(attachment.intValue()));
        raw(AUTHOR).header("Idempotency-Key", key).contentType("multipart/form-data")
                .multiPart("file", "anh.jpg", jpeg(41, 30), "image/jpeg").post(url).then().statusCode(422);
        as(AUTHOR).get(url).then().body("items", hasSize(1));
    }
}
