package vn.thidua.attachment;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;

/**
 * Photos lose their metadata (EXIF with GPS position, XMP, comments) before they are stored: JPEG and PNG
 * are decoded and re-encoded with javax.imageio, which writes none of it (a JPEG's EXIF orientation is
 * applied to the pixels first, so phone photos stay upright); WebP, which javax.imageio cannot decode, keeps
 * its pixels but loses its EXIF and XMP chunks, and gets no thumbnail.
 */
final class ImageSanitizer {
    static final int THUMB_MAX = 320;

    static {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    /** What is stored: the clean bytes, and the decoded picture when a thumbnail can be made. */
    record Clean(byte[] bytes, BufferedImage picture) {
    }

    /** The picture cannot be read or is unreasonably large: the upload is refused. */
    static final class Unreadable extends Exception {
        Unreadable(String m) {
            super(m, null, false, false);
        }
    }

    private ImageSanitizer() {
    }

    static Clean clean(FileKind kind, Path file, long maxPixels) throws IOException, Unreadable {
        return switch (kind) {
            case JPEG -> {
                BufferedImage img = orient(decode(file, maxPixels), jpegOrientation(file));
                yield new Clean(jpeg(img, 0.92f), img);
            }
            case PNG -> {
                BufferedImage img = decode(file, maxPixels);
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                if (!ImageIO.write(img, "png", out)) {
                    throw new Unreadable("png writer");
                }
                yield new Clean(out.toByteArray(), img);
            }
            case WEBP -> new Clean(stripWebp(Files.readAllBytes(file)), null);
            default -> throw new IllegalArgumentException(kind.name());
        };
    }

    private static BufferedImage decode(Path file, long maxPixels) throws IOException, Unreadable {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new Unreadable("no reader");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true); // ignoring metadata: it is never read, let alone kept
                long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
                if (pixels > maxPixels || pixels <= 0) {
                    throw new Unreadable("too many pixels: " + pixels);
                }
                BufferedImage img = reader.read(0);
                if (img == null) {
                    throw new Unreadable("empty");
                }
                return img;
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            throw new Unreadable(String.valueOf(e.getMessage()));
        }
    }

    static byte[] jpeg(BufferedImage img, float quality) throws IOException {
        BufferedImage rgb = rgb(img, img.getWidth(), img.getHeight());
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream ios = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(ios);
            ImageWriteParam p = writer.getDefaultWriteParam();
            p.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            p.setCompressionQuality(quality);
            writer.write(null, new IIOImage(rgb, null, null), p);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    /** A small JPEG, at most {@link #THUMB_MAX} px on its longer side, scaled in halving steps for quality. */
    static byte[] thumbnail(BufferedImage src) throws IOException {
        int w = src.getWidth();
        int h = src.getHeight();
        double f = Math.min(1.0, (double) THUMB_MAX / Math.max(w, h));
        int tw = Math.max(1, (int) Math.round(w * f));
        int th = Math.max(1, (int) Math.round(h * f));
        BufferedImage cur = src;
        while (cur.getWidth() / 2 >= tw && cur.getHeight() / 2 >= th) {
            cur = rgb(cur, cur.getWidth() / 2, cur.getHeight() / 2);
        }
        return jpeg(rgb(cur, tw, th), 0.8f);
    }

    /** The picture drawn on white (JPEG has no alpha) at the given size. */
    private static BufferedImage rgb(BufferedImage src, int w, int h) {
        if (src.getType() == BufferedImage.TYPE_INT_RGB && src.getWidth() == w && src.getHeight() == h) {
            return src;
        }
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, w, h);
            g.drawImage(src, 0, 0, w, h, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    /** EXIF orientation (1–8) from a JPEG's APP1 segment; 1 when there is none. */
    static int jpegOrientation(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(128 * 1024);
            int i = 2;
            while (i + 4 <= head.length && (head[i] & 0xff) == 0xFF) {
                int marker = head[i + 1] & 0xff;
                int len = ((head[i + 2] & 0xff) << 8) | (head[i + 3] & 0xff);
                if (marker == 0xDA || len < 2) {
                    break;
                }
                if (marker == 0xE1 && i + 4 + len - 2 <= head.length && len > 14
                        && new String(head, i + 4, 6, StandardCharsets.ISO_8859_1).equals("Exif\0\0")) {
                    return tiffOrientation(ByteBuffer.wrap(head, i + 10, len - 8).slice());
                }
                i += 2 + len;
            }
        } catch (IOException | RuntimeException e) {
            // unreadable EXIF: keep the pixels as they are
        }
        return 1;
    }

    private static int tiffOrientation(ByteBuffer t) {
        t.order(t.get(0) == 'I' ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN);
        int ifd = t.getInt(4);
        int n = t.getShort(ifd) & 0xffff;
        for (int k = 0; k < n; k++) {
            int e = ifd + 2 + k * 12;
            if ((t.getShort(e) & 0xffff) == 0x0112) {
                int v = t.getShort(e + 8) & 0xffff;
                return v >= 1 && v <= 8 ? v : 1;
            }
        }
        return 1;
    }

    static BufferedImage orient(BufferedImage src, int o) {
        if (o < 2 || o > 8) {
            return src;
        }
        int w = src.getWidth();
        int h = src.getHeight();
        boolean swap = o >= 5;
        AffineTransform t = new AffineTransform();
        switch (o) {
            case 2 -> { t.translate(w, 0); t.scale(-1, 1); }
            case 3 -> { t.translate(w, h); t.rotate(Math.PI); }
            case 4 -> { t.translate(0, h); t.scale(1, -1); }
            case 5 -> { t.rotate(-Math.PI / 2); t.scale(-1, 1); }
            case 6 -> { t.translate(h, 0); t.rotate(Math.PI / 2); }
            case 7 -> { t.translate(h, w); t.rotate(Math.PI / 2); t.scale(-1, 1); }
            default -> { t.translate(0, w); t.rotate(3 * Math.PI / 2); }
        }
        BufferedImage out = new BufferedImage(swap ? h : w, swap ? w : h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            g.drawImage(src, t, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    /** The WebP without its EXIF and XMP chunks (and with the VP8X flags that announce them cleared). */
    static byte[] stripWebp(byte[] in) throws Unreadable {
        if (in.length < 12) {
            throw new Unreadable("short webp");
        }
        ByteBuffer src = ByteBuffer.wrap(in).order(ByteOrder.LITTLE_ENDIAN);
        ByteArrayOutputStream out = new ByteArrayOutputStream(in.length);
        out.write(in, 0, 12);
        int p = 12;
        while (p + 8 <= in.length) {
            String fourcc = new String(in, p, 4, StandardCharsets.ISO_8859_1);
            long size = src.getInt(p + 4) & 0xffffffffL;
            long padded = size + (size & 1);
            if (p + 8 + size > in.length) {
                throw new Unreadable("truncated webp chunk");
            }
            int total = (int) Math.min(8 + padded, in.length - p);
            if (!fourcc.equals("EXIF") && !fourcc.equals("XMP ")) {
                byte[] chunk = new byte[total];
                System.arraycopy(in, p, chunk, 0, total);
                if (fourcc.equals("VP8X") && size >= 1) {
                    chunk[8] &= (byte) ~0x0C; // EXIF (0x08) and XMP (0x04) flags
                }
                out.write(chunk, 0, chunk.length);
            }
            p += total;
        }
        byte[] b = out.toByteArray();
        ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN).putInt(4, b.length - 8);
        return b;
    }
}
