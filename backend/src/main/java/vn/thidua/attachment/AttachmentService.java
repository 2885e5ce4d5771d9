package vn.thidua.attachment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import vn.thidua.common.AuditLog;
import vn.thidua.common.Caller;
import vn.thidua.common.ProblemException;
import vn.thidua.common.TextFold;

/**
 * Evidence files for any owning record type. Checks (size, kind by content, metadata stripping) happen
 * before anything is stored; bytes go to {@link AttachmentStorage} under their sha256, metadata to the
 * database, and every read and write asks the owner ({@link AttachmentOwner}) first.
 */
@ApplicationScoped
public class AttachmentService {
    private static final Logger LOG = Logger.getLogger(AttachmentService.class);

    @ConfigProperty(name = "app.attachments.max-bytes", defaultValue = "10485760")
    long maxBytes;

    @ConfigProperty(name = "app.attachments.max-pixels", defaultValue = "40000000")
    long maxPixels;

    @Inject
    Instance<AttachmentOwner> owners;

    @Inject
    AttachmentStorage storage;

    @Inject
    AuditLog audit;

    @Inject
    vn.thidua.common.Idempotency idempotency;

    @Inject
    Caller caller;

    @Inject
    jakarta.transaction.TransactionSynchronizationRegistry txRegistry;

    /** An upload as it arrived: a temporary file and the name the client gave. */
    public record Upload(Path file, String fileName, long size) {
    }

    /** The bytes of an attachment (or its thumbnail) to send. */
    public record Content(Attachment meta, InputStream stream, String contentType, long length) {
    }

    /** The attachments endpoints of one record, for the owner's sub-resource locator. */
    public OwnerAttachments of(String ownerType, long ownerId) {
        return new OwnerAttachments(this, idempotency, ownerType, ownerId);
    }

    AttachmentOwner owner(String ownerType) {
        for (AttachmentOwner o : owners) {
            if (o.ownerType().equals(ownerType)) {
                return o;
            }
        }
        throw ProblemException.notFound();
    }

    @Transactional
    public List<AttachmentDto> list(String ownerType, long ownerId) {
        owner(ownerType).requireReadable(ownerId);
        return listUnchecked(ownerType, ownerId);
    }

    /** For an owner that has already checked its own scope (for example to show a record's photos). */
    public List<AttachmentDto> listUnchecked(String ownerType, long ownerId) {
        return Attachment.<Attachment>find("ownerType = ?1 and ownerId = ?2 order by id", ownerType, ownerId)
                .list().stream().map(AttachmentDto::of).toList();
    }

    @Transactional
    public AttachmentDto upload(String ownerType, long ownerId, Upload upload) {
        AttachmentOwner owner = owner(ownerType);
        owner.requireReadable(ownerId);
        owner.requireEditable(ownerId);
        return store(ownerType, ownerId, upload, caller.actorName());
    }

    /** Stores a file for an owner already checked by the caller (demo data, system imports). */
    @Transactional(Transactional.TxType.MANDATORY)
    public AttachmentDto store(String ownerType, long ownerId, Upload upload, String actor) {
        if (upload == null || upload.file() == null) {
            throw ProblemException.invalid("file", "required");
        }
        try {
            long size = Files.size(upload.file());
            if (size > maxBytes || upload.size() > maxBytes) {
                throw ProblemException.of(413, "attachment-too-large", maxBytes / (1024 * 1024));
            }
            if (size == 0) {
                throw ProblemException.invalid("file", "attachment-empty");
            }
            FileKind kind = FileKind.detect(upload.file());
            if (kind == null) {
                throw ProblemException.of(415, "attachment-type");
            }
            Path content = upload.file();
            Path cleaned = null;
            byte[] thumb = null;
            if (kind.image) {
                ImageSanitizer.Clean clean;
                try {
                    clean = ImageSanitizer.clean(kind, upload.file(), maxPixels);
                } catch (ImageSanitizer.Unreadable e) {
                    LOG.debugf("unreadable image: %s", e.getMessage());
                    throw ProblemException.of(415, "attachment-image-unreadable");
                }
                cleaned = Files.createTempFile("thidua-clean-", "." + kind.extension);
                Files.write(cleaned, clean.bytes());
                content = cleaned;
                if (clean.picture() != null) {
                    thumb = ImageSanitizer.thumbnail(clean.picture());
                }
            }
            try {
                String sha = sha256(content);
                storage.put(sha, content);
                if (thumb != null) {
                    storage.putThumbnail(sha, thumb);
                }
                Attachment a = new Attachment();
                a.ownerType = ownerType;
                a.ownerId = ownerId;
                a.fileName = safeName(upload.fileName(), kind);
                a.contentType = kind.contentType;
                a.size = Files.size(content);
                a.sha256 = sha;
                a.hasThumbnail = thumb != null;
                a.createdBy = actor;
                a.createdAt = Instant.now();
                a.persistAndFlush();
                AttachmentDto dto = AttachmentDto.of(a);
                audit.recordAs(actor, "CREATE", "attachment", a.id, null, dto);
                return dto;
            } finally {
                if (cleaned != null) {
                    Files.deleteIfExists(cleaned);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Transactional
    public Content content(long id) {
        Attachment a = readable(id);
        try {
            return new Content(a, storage.open(a.sha256), a.contentType, a.size);
        } catch (IOException e) {
            LOG.errorf("attachment %d: bytes %s missing from storage", id, a.sha256);
            throw ProblemException.notFound();
        }
    }

    @Transactional
    public Content thumbnail(long id) {
        return thumbnailOf(readable(id));
    }

    /** The thumbnail of an attachment whose owner's visibility the caller has checked (the public showcase). */
    @Transactional
    public Optional<Content> firstThumbnailUnchecked(String ownerType, long ownerId) {
        Attachment a = Attachment.<Attachment>find("ownerType = ?1 and ownerId = ?2 and hasThumbnail = true order by id",
                ownerType, ownerId).firstResult();
        return a == null ? Optional.empty() : Optional.of(thumbnailOf(a));
    }

    /** Owner ids (of one type) that have at least one thumbnail, in one query for a page of records. */
    @Transactional
    public java.util.Set<Long> withThumbnail(String ownerType, java.util.Collection<Long> ownerIds) {
        if (ownerIds.isEmpty()) {
            return java.util.Set.of();
        }
        return new java.util.HashSet<>(Attachment.getEntityManager().createQuery(
                "select distinct a.ownerId from Attachment a where a.ownerType = :t and a.ownerId in :ids "
                        + "and a.hasThumbnail = true", Long.class)
                .setParameter("t", ownerType).setParameter("ids", ownerIds).getResultList());
    }

    private Content thumbnailOf(Attachment a) {
        if (!a.hasThumbnail) {
            throw ProblemException.of(404, "attachment-no-thumbnail");
        }
        try {
            return new Content(a, storage.openThumbnail(a.sha256), "image/jpeg", -1);
        } catch (IOException e) {
            throw ProblemException.of(404, "attachment-no-thumbnail");
        }
    }

    @Transactional
    public void delete(long id) {
        Attachment a = readable(id);
        owner(a.ownerType).requireEditable(a.ownerId);
        AttachmentDto before = AttachmentDto.of(a);
        String sha = a.sha256;
        a.delete();
        Attachment.flush();
        audit.record("DELETE", "attachment", id, before, null);
        if (Attachment.count("sha256", sha) == 0) {
            // only once the deletion is committed: a rolled-back delete must still find its bytes
            txRegistry.registerInterposedSynchronization(new jakarta.transaction.Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    if (status == jakarta.transaction.Status.STATUS_COMMITTED && Attachment.count("sha256", sha) == 0) {
                        try {
                            storage.delete(sha);
                        } catch (IOException | RuntimeException e) {
                            LOG.warnf("could not delete stored bytes %s: %s", sha, e.getMessage());
                        }
                    }
                }
            });
        }
    }

    /** When an owning record is deleted: its attachments go with it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void deleteAllOf(String ownerType, long ownerId) {
        for (Attachment a : Attachment.<Attachment>list("ownerType = ?1 and ownerId = ?2", ownerType, ownerId)) {
            a.delete();
        }
    }

    private Attachment readable(long id) {
        Attachment a = Attachment.findById(id);
        if (a == null) {
            throw ProblemException.notFound();
        }
        owner(a.ownerType).requireReadable(a.ownerId);
        return a;
    }

    /** The client's name without folders or control characters, ending with the extension of its real kind. */
    static String safeName(String name, FileKind kind) {
        String n = name == null ? "" : TextFold.nfc(name);
        n = n.substring(Math.max(n.lastIndexOf('/'), n.lastIndexOf('\\')) + 1);
        n = n.replaceAll("[\\p{Cntrl}\"<>:|?*]", "").trim();
        while (n.startsWith(".")) {
            n = n.substring(1);
        }
        int dot = n.lastIndexOf('.');
        String base = dot > 0 ? n.substring(0, dot) : n;
        String ext = dot > 0 ? n.substring(dot + 1).toLowerCase(java.util.Locale.ROOT) : "";
        if (base.isBlank()) {
            base = "tep-dinh-kem";
        }
        if (base.length() > 200) {
            base = base.substring(0, 200);
        }
        boolean extOk = ext.equals(kind.extension) || (kind == FileKind.JPEG && ext.equals("jpeg"));
        return base + "." + (extOk ? ext : kind.extension);
    }

    static String sha256(Path file) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
