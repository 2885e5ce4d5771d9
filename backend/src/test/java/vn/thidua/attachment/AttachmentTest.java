package vn.thidua.attachment;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.thidua.nomination.Nominations.BRANCH;
import static vn.thidua.nomination.Nominations.create;
import static vn.thidua.nomination.Nominations.createIn;
import static vn.thidua.nomination.Nominations.marker;
import static vn.thidua.nomination.Nominations.upload;
import static vn.thidua.support.Api.as;
import static vn.thidua.support.Api.raw;
import static vn.thidua.support.Uploads.contains;
import static vn.thidua.support.Uploads.exe;
import static vn.thidua.support.Uploads.jpeg;
import static vn.thidua.support.Uploads.jpegWithGps;
import static vn.thidua.support.Uploads.multipart;
import static vn.thidua.support.Uploads.tooLarge;

import io.quarkus.test.junit.QuarkusTest;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** Evidence files: kinds decided by content, size limit, metadata stripped, thumbnails, owner's rules. */
@QuarkusTest
class AttachmentTest {
    static final String PROBLEM = "application/problem+json";

    static byte[] zip(String... nameAndContent) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(b)) {
            for (int i = 0; i < nameAndContent.length; i += 2) {
                z.putNextEntry(new ZipEntry(nameAndContent[i]));
                z.write(nameAndContent[i + 1].getBytes(StandardCharsets.UTF_8));
                z.closeEntry();
            }
        }
        return b.toByteArray();
    }

    static BufferedImage image(byte[] b) throws IOException {
        return ImageIO.read(new ByteArrayInputStream(b));
    }

    @Test
    void aPhotoLosesItsGpsAndIsTurnedUpright() throws IOException {
        long n = create("Ảnh có GPS " + marker());
        byte[] original = jpegWithGps(64, 48);
        assertTrue(contains(original, "Exif") && contains(original, "GPS"));
        // as a phone's browser sends it: the file name in UTF-8
        var created = raw(BRANCH).contentType("multipart/form-data; boundary=XyZ")
                .body(multipart("ảnh hiện trường.JPG", original))
                .post("/api/v1/nominations/" + n + "/attachments").then().statusCode(201)
                .header("Location", containsString("/api/v1/attachments/"))
                .body("contentType", equalTo("image/jpeg")).body("fileName", equalTo("ảnh hiện trường.jpg"))
                .body("hasThumbnail", equalTo(true)).body("sha256", matchesPattern("^[0-9a-f]{64}$"))
                .extract();
        long id = ((Number) created.path("id")).longValue();

        var download = as(BRANCH).get("/api/v1/attachments/" + id).then().statusCode(200)
                .contentType("image/jpeg").header("X-Content-Type-Options", "nosniff")
                .header("Content-Disposition", startsWith("attachment;"))
                .header("Content-Disposition", containsString("filename*=UTF-8''%E1%BA%A3nh%20hi%E1%BB%87n%20tr%C6%B0%E1%BB%9Dng.jpg"))
                .extract();
        byte[] stored = download.asByteArray();
        assertFalse(contains(stored, "Exif"), "no Exif APP1 left");
        assertFalse(contains(stored, "GPS"), "no GPS left");
        assertEquals(((Number) created.path("size")).longValue(), stored.length);
        BufferedImage img = image(stored);
        assertEquals(48, img.getWidth(), "orientation 6 applied: portrait");
        assertEquals(64, img.getHeight());

        byte[] thumb = as(BRANCH).get("/api/v1/attachments/" + id + "/thumbnail").then().statusCode(200)
                .contentType("image/jpeg").extract().asByteArray();
        assertNotNull(image(thumb));
        as(BRANCH).get("/api/v1/nominations/" + n + "/attachments").then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].id", equalTo((int) id));
    }

    @Test
    void largePhotosGetASmallThumbnail() throws IOException {
        long n = create("Ảnh lớn " + marker());
        long id = upload(BRANCH, n, "lon.jpg", jpeg(1600, 900), "image/jpeg");
        BufferedImage t = image(as(BRANCH).get("/api/v1/attachments/" + id + "/thumbnail").then().statusCode(200)
                .extract().asByteArray());
        assertEquals(320, t.getWidth());
        assertEquals(180, t.getHeight());
    }

    @Test
    void pngIsReencodedAndDocumentsAreAcceptedByContent() throws IOException {
        long n = create("Tài liệu " + marker());
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(30, 20, BufferedImage.TYPE_INT_ARGB), "png", png);
        raw(BRANCH).contentType("multipart/form-data").multiPart("file", "so-do.png", png.toByteArray(), "image/png")
                .post("/api/v1/nominations/" + n + "/attachments").then().statusCode(201)
                .body("contentType", equalTo("image/png")).body("hasThumbnail", equalTo(true));
        byte[] pdf = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        // the claimed type and name do not matter: the content does
        raw(BRANCH).contentType("multipart/form-data").multiPart("file", "bien-ban", pdf, "application/octet-stream")
                .post("/api/v1/nominations/" + n + "/attachments").then().statusCode(201)
                .body("contentType", equalTo("application/pdf")).body("fileName", equalTo("bien-ban.pdf"))
                .body("hasThumbnail", equalTo(false));
        byte[] docx = zip("[Content_Types].xml",
                "<Types><Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>",
                "word/document.xml", "<w:document/>");
        raw(BRANCH).contentType("multipart/form-data").multiPart("file", "to-trinh.docx", docx, "application/zip")
                .post("/api/v1/nominations/" + n + "/attachments").then().statusCode(201)
                .body("contentType", equalTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document"));
        byte[] xlsx = zip("[Content_Types].xml",
                "<Types><Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/></Types>",
                "xl/workbook.xml", "<workbook/>");
        raw(BRANCH).contentType("multipart/form-data").multiPart("file", "so-lieu.xlsx", xlsx, "application/zip")
                .post("/api/v1/nominations/" + n + "/attachments").then().statusCode(201)
                .body("contentType", equalTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
        as(BRANCH).get("/api/v1/nominations/" + n + "/attachments").then().body("items", hasSize(4));
        long pdfId = ((Number) as(BRANCH).get("/api/v1/nominations/" + n + "/attachments").then().extract()
                .path("items[1].id")).longValue();
        raw(BRANCH).get("/api/v1/attachments/" + pdfId + "/thumbnail").then().statusCode(404);
    }

    @Test
    void refusedFilesLeaveNothingBehind() throws IOException {
        long n = create("Tệp bị từ chối " + marker());
        String url = "/api/v1/nominations/" + n + "/attachments";
        byte[] elf = new byte[2048];
        elf[0] = 0x7f;
        elf[1] = 'E';
        elf[2] = 'L';
        elf[3] = 'F';
        raw(BRANCH).contentType("multipart/form-data").multiPart("file", "photo.jpg", elf, "image/jpeg").post(url)
                .then().statusCode(415).contentType(PROBLEM);
        raw(BRANCH).contentType("multipart/form-data").multiPart("file", "anh.png", exe(), "image/png").post(url)
                .then().statusCode(415).contentType(PROBLEM);
        raw(BRANCH).contentType("multipart/form-data").multiPart("file", "x.docx", zip("a.txt", "hello"),
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document").post(url)
                .then().statusCode(415);
        // a JPEG header on garbage cannot be cleaned: refused rather than stored with its metadata
        byte[] fake = new byte[4096];
        fake[0] = (byte) 0xFF;
        fake[1] = (byte) 0xD8;
        fake[2] = (byte) 0xFF;
        raw(BRANCH).contentType("multipart/form-data").multiPart("file", "hong.jpg", fake, "image/jpeg").post(url)
                .then().statusCode(415);
        raw(BRANCH).contentType("multipart/form-data").multiPart("file", "lon.jpg", tooLarge(), "image/jpeg").post(url)
                .then().statusCode(413).contentType(PROBLEM);
        raw(BRANCH).contentType("multipart/form-data").multiPart("other", "x.jpg", jpeg(10, 10), "image/jpeg")
                .post(url).then().statusCode(400);
        as(BRANCH).get(url).then().body("items", hasSize(0));
    }

    @Test
    void onlyWhileTheOwnerIsEditableAndOnlyByItsEditors() {
        long n = create("Sửa minh chứng " + marker());
        long photo = upload(BRANCH, n, "a.jpg", jpeg(20, 20), "image/jpeg");
        raw("lanhdao").contentType("multipart/form-data").multiPart("file", "b.jpg", jpeg(20, 20), "image/jpeg")
                .post("/api/v1/nominations/" + n + "/attachments").then().statusCode(403);
        raw("lanhdao").delete("/api/v1/attachments/" + photo).then().statusCode(403);
        as("lanhdao").get("/api/v1/attachments/" + photo).then().statusCode(200);
        as(BRANCH).delete("/api/v1/attachments/" + photo).then().statusCode(204);
        raw(BRANCH).get("/api/v1/attachments/" + photo).then().statusCode(404);

        long submitted = createIn("SUBMITTED", "Đã gửi " + marker());
        raw(BRANCH).contentType("multipart/form-data").multiPart("file", "c.jpg", jpeg(20, 20), "image/jpeg")
                .post("/api/v1/nominations/" + submitted + "/attachments").then().statusCode(409);
        raw(BRANCH).contentType("multipart/form-data").multiPart("file", "c.jpg", jpeg(20, 20), "image/jpeg")
                .post("/api/v1/unknown-things/" + submitted + "/attachments").then().statusCode(404);
    }

    @Test
    void theSameContentTwiceIsStoredOnceAndSurvivesOneDeletion() throws IOException {
        long a = create("Trùng nội dung A " + marker());
        long b = create("Trùng nội dung B " + marker());
        byte[] photo = jpeg(33, 21);
        long pa = upload(BRANCH, a, "x.jpg", photo, "image/jpeg");
        long pb = upload(BRANCH, b, "y.jpg", photo, "image/jpeg");
        String sa = as(BRANCH).get("/api/v1/nominations/" + a + "/attachments").then().extract().path("items[0].sha256");
        String sb = as(BRANCH).get("/api/v1/nominations/" + b + "/attachments").then().extract().path("items[0].sha256");
        assertEquals(sa, sb);
        as(BRANCH).delete("/api/v1/attachments/" + pa).then().statusCode(204);
        assertNotNull(image(as(BRANCH).get("/api/v1/attachments/" + pb).then().statusCode(200).extract().asByteArray()));
    }

    @Test
    void safeNames() {
        assertEquals("passwd.pdf", AttachmentService.safeName("../../etc/passwd", FileKind.PDF));
        assertEquals("tep-dinh-kem.jpg", AttachmentService.safeName("...", FileKind.JPEG));
        assertEquals("photo.png", AttachmentService.safeName("C:\\Users\\a\\photo.jpg", FileKind.PNG));
        assertEquals("ab.jpeg", AttachmentService.safeName("a\u0000b\".jpeg", FileKind.JPEG));
    }
}
