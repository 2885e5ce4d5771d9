package vn.thidua.attachment;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * Where attachment bytes live, addressed by the sha256 of their (sanitised) content. A folder by default
 * ({@link FolderStorage}); an S3-compatible implementation is the way to run several instances without a
 * shared folder.
 */
public interface AttachmentStorage {
    /** Stores the file's bytes under the key unless they are there already. */
    void put(String sha256, Path content) throws IOException;

    void putThumbnail(String sha256, byte[] jpeg) throws IOException;

    /** The bytes; IOException (NoSuchFileException) when missing. */
    InputStream open(String sha256) throws IOException;

    InputStream openThumbnail(String sha256) throws IOException;

    /** Removes the bytes and thumbnail of a key no attachment refers to any more. */
    void delete(String sha256) throws IOException;
}
