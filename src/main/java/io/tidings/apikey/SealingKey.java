package io.tidings.apikey;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Set;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The AES-256 key that seals the workspaces' API key secrets, kept in a file of the app's data folder that only the
 * user can read (POSIX 600 where the file system has permissions), made on first use. Sealing binds each secret to
 * what it belongs to (its "context"), so a sealed value copied to another row does not open.
 */
public final class SealingKey {

    private static final Logger LOG = LoggerFactory.getLogger(SealingKey.class);
    private static final int KEY_BYTES = 32;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> OWNER_ONLY_FOLDER = PosixFilePermissions.fromString("rwx------");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path file;
    private volatile SecretKeySpec key;

    /** @param file where the key is, or is to be made */
    public SealingKey(Path file) {
        this.file = file;
    }

    public Path file() {
        return file;
    }

    /** Seals {@code secret}; the result is the nonce followed by the ciphertext and its tag. */
    public byte[] seal(byte[] secret, String context) {
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key(true), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(secret);
            return ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array();
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException("Every JDK has AES-GCM.", impossible);
        }
    }

    /**
     * Opens what {@link #seal} sealed with the same context.
     *
     * @throws UnreadableSecretException when there is no key file, or it is not the key the value was sealed with
     */
    public byte[] open(byte[] sealed, String context) {
        if (sealed.length <= NONCE_BYTES) {
            throw new UnreadableSecretException("A sealed secret of the workspace is damaged.");
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key(false), new GCMParameterSpec(TAG_BITS, sealed, 0, NONCE_BYTES));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(sealed, NONCE_BYTES, sealed.length - NONCE_BYTES);
        } catch (AEADBadTagException otherKey) {
            throw new UnreadableSecretException("The secret was sealed with another key than " + file
                    + " (was the workspace made on another computer, or the key file replaced?).");
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException("Every JDK has AES-GCM.", impossible);
        }
    }

    private SecretKeySpec key(boolean makeIfMissing) {
        SecretKeySpec known = key;
        if (known != null) {
            return known;
        }
        synchronized (this) {
            if (key == null) {
                key = new SecretKeySpec(read(makeIfMissing), "AES");
            }
            return key;
        }
    }

    private byte[] read(boolean makeIfMissing) {
        try {
            if (!Files.exists(file)) {
                if (!makeIfMissing) {
                    throw new UnreadableSecretException("There is no key file " + file
                            + " to open the workspace's secrets with (was the workspace made on another computer?).");
                }
                make();
            }
            byte[] bytes = Files.readAllBytes(file);
            if (bytes.length != KEY_BYTES) {
                throw new UnreadableSecretException("The key file " + file + " is damaged: it holds " + bytes.length
                        + " bytes, not " + KEY_BYTES + ".");
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the key file " + file + ": " + e.getMessage(), e);
        }
    }

    /** Writes a new key beside the file, then links it into place, so that two processes end with one key. */
    private void make() throws IOException {
        boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
        Path folder = file.toAbsolutePath().getParent();
        if (posix && !Files.exists(folder)) {
            Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(OWNER_ONLY_FOLDER));
        } else {
            Files.createDirectories(folder);
        }
        Path draft = posix
                ? Files.createTempFile(folder, "sealing", ".new", PosixFilePermissions.asFileAttribute(OWNER_ONLY))
                : Files.createTempFile(folder, "sealing", ".new");
        try {
            byte[] bytes = new byte[KEY_BYTES];
            RANDOM.nextBytes(bytes);
            Files.write(draft, bytes);
            try {
                Files.createLink(file, draft);
            } catch (FileAlreadyExistsException madeByAnother) {
                return;
            } catch (UnsupportedOperationException noLinks) {
                if (!Files.exists(file)) {
                    Files.move(draft, file, StandardCopyOption.ATOMIC_MOVE);
                }
            }
            LOG.info("Made the key that seals API key secrets: {}", file);
        } finally {
            Files.deleteIfExists(draft);
        }
    }
}
