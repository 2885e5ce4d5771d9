package vn.thidua.attachment;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Attachments in a folder (`app.attachments.dir`, env APP_ATTACHMENTS_DIR): {@code ab/cd/<sha256>} and
 * {@code ab/cd/<sha256>.thumb.jpg}. Files are written to a temporary name and moved into place, so a reader
 * never sees half a file and two instances writing the same content end with the same bytes.
 */
@ApplicationScoped
public class FolderStorage implements AttachmentStorage {
    private static final Pattern SHA = Pattern.compile("^[0-9a-f]{64}$");

    @ConfigProperty(name = "app.attachments.dir", defaultValue = "../data/attachments")
    String dir;

    Path pathOf(String sha256, String suffix) {
        if (!SHA.matcher(sha256).matches()) {
            throw new IllegalArgumentException("not a sha256: " + sha256);
        }
        return Path.of(dir).resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256 + suffix);
    }

    @Override
    public void put(String sha256, Path content) throws IOException {
        Path target = pathOf(sha256, "");
        if (Files.exists(target)) {
            return;
        }
        Files.createDirectories(target.getParent());
        Path tmp = Files.createTempFile(target.getParent(), ".up-", ".tmp");
        try {
            Files.copy(content, tmp, StandardCopyOption.REPLACE_EXISTING);
            move(tmp, target);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    @Override
    public void putThumbnail(String sha256, byte[] jpeg) throws IOException {
        Path target = pathOf(sha256, ".thumb.jpg");
        Files.createDirectories(target.getParent());
        Path tmp = Files.createTempFile(target.getParent(), ".th-", ".tmp");
        try {
            Files.write(tmp, jpeg);
            move(tmp, target);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static void move(Path tmp, Path target) throws IOException {
        try {
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    @Override
    public InputStream open(String sha256) throws IOException {
        return Files.newInputStream(pathOf(sha256, ""));
    }

    @Override
    public InputStream openThumbnail(String sha256) throws IOException {
        return Files.newInputStream(pathOf(sha256, ".thumb.jpg"));
    }

    @Override
    public void delete(String sha256) throws IOException {
        Files.deleteIfExists(pathOf(sha256, ""));
        Files.deleteIfExists(pathOf(sha256, ".thumb.jpg"));
    }
}
