package org.headroom.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Encrypts secrets kept in the database (two-factor secrets) with AES-256-GCM, so that a backup or a
 * read of the table does not give them away. The key comes from {@code HEADROOM_SECURITY_SECRETKEY}
 * (32 bytes, Base64), required in production; elsewhere it is generated once into the embedded
 * database's data folder (owner-only), or held in memory for a throw-away database.
 *
 * <p>Made before the web server opens ({@code @Lazy(false)}, see {@code DeferredComponents}): a
 * production start without the key stops before it serves a page.
 */
@Component
@Lazy(false)
class SecretCipher {

    static final String PREFIX = "v1:";
    static final String KEY_FILE = "headroom-secret.key";
    private static final Logger LOG = LoggerFactory.getLogger(SecretCipher.class);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKeySpec key;

    SecretCipher(
            @Value("${headroom.security.secret-key:}") String configured,
            @Value("${headroom.embedded-db.data-dir:}") String dataDir,
            Environment environment) {
        this.key = new SecretKeySpec(keyBytes(configured, dataDir, environment), "AES");
    }

    String encrypt(String plain) {
        try {
            byte[] iv = new byte[IV_BYTES];
            RANDOM.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            byte[] out = new byte[iv.length + sealed.length];
            System.arraycopy(iv, 0, out, 0, iv.length);
            System.arraycopy(sealed, 0, out, iv.length, sealed.length);
            return PREFIX + Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot encrypt", e);
        }
    }

    String decrypt(String stored) {
        if (!isEncrypted(stored)) {
            throw new IllegalStateException("Secret is not encrypted");
        }
        try {
            byte[] in = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, in, 0, IV_BYTES));
            return new String(cipher.doFinal(in, IV_BYTES, in.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(
                    "Cannot decrypt a stored secret: is HEADROOM_SECURITY_SECRETKEY the one it was made with?", e);
        }
    }

    static boolean isEncrypted(String stored) {
        return stored != null && stored.startsWith(PREFIX);
    }

    private static byte[] keyBytes(String configured, String dataDir, Environment environment) {
        if (configured != null && !configured.isBlank()) {
            byte[] bytes;
            try {
                bytes = Base64.getDecoder().decode(configured.strip());
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(
                        "HEADROOM_SECURITY_SECRETKEY must be Base64 (e.g. openssl rand -base64 32)");
            }
            if (bytes.length != 32) {
                throw new IllegalStateException(
                        "HEADROOM_SECURITY_SECRETKEY must be 32 bytes in Base64 (openssl rand -base64 32)");
            }
            return bytes;
        }
        if (environment.matchesProfiles("prod")) {
            throw new IllegalStateException(
                    "Set HEADROOM_SECURITY_SECRETKEY (32 random bytes in Base64, e.g. openssl rand -base64 32):"
                            + " it encrypts two-factor secrets at rest");
        }
        byte[] generated = new byte[32];
        RANDOM.nextBytes(generated);
        if (dataDir == null || dataDir.isBlank()) {
            return generated;
        }
        return keptIn(Path.of(dataDir).toAbsolutePath(), generated);
    }

    private static byte[] keptIn(Path dataDir, byte[] generated) {
        Path file = dataDir.resolve(KEY_FILE);
        try {
            if (Files.isRegularFile(file)) {
                byte[] kept = Base64.getDecoder().decode(Files.readString(file).strip());
                if (kept.length != 32) {
                    throw new IllegalStateException(file + " does not hold a 32-byte key in Base64");
                }
                return kept;
            }
            Files.createDirectories(dataDir);
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(file, Base64.getEncoder().encodeToString(generated));
            LOG.info("Generated the key for secrets at rest in {}", file);
            return generated;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot keep the secrets key in " + file, e);
        }
    }
}
