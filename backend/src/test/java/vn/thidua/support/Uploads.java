package vn.thidua.support;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import javax.imageio.ImageIO;

/** Files for the attachment tests of every owner (nominations, activities, communications) and the upload call. */
public final class Uploads {
    private Uploads() {
    }

    /** A small real JPEG. */
    public static byte[] jpeg(int w, int h) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.RED);
        g.fillRect(0, 0, w, h);
        g.setColor(Color.WHITE);
        g.fillRect(w / 4, h / 4, w / 2, h / 2);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(img, "jpeg", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A JPEG with an APP1 Exif segment: orientation 6 (rotate 90°) and a GPS IFD with a position. */
    public static byte[] jpegWithGps(int w, int h) {
        byte[] plain = jpeg(w, h);
        ByteBuffer tiff = ByteBuffer.allocate(80).order(ByteOrder.LITTLE_ENDIAN);
        tiff.put((byte) 'I').put((byte) 'I').putShort((short) 42).putInt(8);
        tiff.putShort((short) 2);
        tiff.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) 6).putShort((short) 0);
        tiff.putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(30);
        tiff.putInt(0);
        tiff.putShort((short) 1);
        tiff.putShort((short) 1).putShort((short) 2).putInt(2).put((byte) 'N').put((byte) 0).putShort((short) 0);
        tiff.putInt(0);
        tiff.put("GPS 11.3101N 106.0983E".getBytes(StandardCharsets.US_ASCII));
        byte[] t = Arrays.copyOf(tiff.array(), tiff.position());
        byte[] exifHeader = "Exif\0\0".getBytes(StandardCharsets.ISO_8859_1);
        int len = 2 + exifHeader.length + t.length;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(0xFF);
        out.write(0xD8);
        out.write(0xFF);
        out.write(0xE1);
        out.write(len >> 8);
        out.write(len & 0xff);
        out.writeBytes(exifHeader);
        out.writeBytes(t);
        out.write(plain, 2, plain.length - 2);
        return out.toByteArray();
    }

    /** A Windows program (MZ header), as a phone user might rename one to "anh.jpg". */
    public static byte[] exe() {
        byte[] mz = new byte[2048];
        mz[0] = 'M';
        mz[1] = 'Z';
        return mz;
    }

    /** One byte above the 10 MiB limit, starting like a JPEG. */
    public static byte[] tooLarge() {
        byte[] big = new byte[10 * 1024 * 1024 + 1];
        big[0] = (byte) 0xFF;
        big[1] = (byte) 0xD8;
        big[2] = (byte) 0xFF;
        return big;
    }

    /** A multipart body with boundary {@code XyZ}, the file name sent in UTF-8 as phones' browsers do. */
    public static byte[] multipart(String fileName, byte[] content) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.writeBytes(("--XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: image/jpeg\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        b.writeBytes(content);
        b.writeBytes("\r\n--XyZ--\r\n".getBytes(StandardCharsets.UTF_8));
        return b.toByteArray();
    }

    public static boolean contains(byte[] hay, String needle) {
        return new String(hay, StandardCharsets.ISO_8859_1).contains(needle);
    }

    /** {@code POST /api/v1/{owner}/{id}/attachments} as this user; the attachment's id (201 expected). */
    public static long upload(String user, String owner, long ownerId, String name, byte[] bytes, String claimedType) {
        return ((Number) Api.raw(user).contentType("multipart/form-data").multiPart("file", name, bytes, claimedType)
                .post("/api/v1/" + owner + "/" + ownerId + "/attachments").then().statusCode(201).extract()
                .path("id")).longValue();
    }
}
