package vn.thidua.attachment;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The kinds of file accepted as evidence, decided by their content (magic bytes), never by their name or
 * the type the client claims. Office documents are zip files recognised by their [Content_Types].xml and
 * main part.
 */
public enum FileKind {
    JPEG("image/jpeg", "jpg", true),
    PNG("image/png", "png", true),
    WEBP("image/webp", "webp", true),
    PDF("application/pdf", "pdf", false),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx", false),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx", false);

    public final String contentType;
    public final String extension;
    public final boolean image;

    FileKind(String contentType, String extension, boolean image) {
        this.contentType = contentType;
        this.extension = extension;
        this.image = image;
    }

    private static final int CONTENT_TYPES_LIMIT = 256 * 1024;

    /** The kind of the file, or null when it is none of the accepted kinds. */
    public static FileKind detect(Path file) throws IOException {
        byte[] head = new byte[16];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        }
        if (n >= 3 && (head[0] & 0xff) == 0xFF && (head[1] & 0xff) == 0xD8 && (head[2] & 0xff) == 0xFF) {
            return JPEG;
        }
        if (n >= 8 && Arrays.equals(Arrays.copyOf(head, 8),
                new byte[]{(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A})) {
            return PNG;
        }
        if (n >= 12 && ascii(head, 0, 4).equals("RIFF") && ascii(head, 8, 4).equals("WEBP")) {
            return WEBP;
        }
        if (n >= 5 && ascii(head, 0, 5).equals("%PDF-")) {
            return PDF;
        }
        if (n >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
            return office(file);
        }
        return null;
    }

    private static FileKind office(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry types = zip.getEntry("[Content_Types].xml");
            if (types == null) {
                return null;
            }
            String xml;
            try (InputStream in = zip.getInputStream(types)) {
                xml = new String(in.readNBytes(CONTENT_TYPES_LIMIT), StandardCharsets.UTF_8);
            }
            if (xml.contains("wordprocessingml.document.main+xml") && zip.getEntry("word/document.xml") != null) {
                return DOCX;
            }
            if (xml.contains("spreadsheetml.sheet.main+xml") && zip.getEntry("xl/workbook.xml") != null) {
                return XLSX;
            }
            return null;
        } catch (IOException | RuntimeException e) {
            return null; // not a readable zip: not an office document
        }
    }

    private static String ascii(byte[] b, int off, int len) {
        return new String(b, off, len, StandardCharsets.ISO_8859_1);
    }
}
