package org.matchwise.sso;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import org.matchwise.MatchwiseProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.crypto.encrypt.BytesEncryptor;
import org.springframework.security.crypto.encrypt.Encryptors;
import org.springframework.security.crypto.keygen.KeyGenerators;
import org.springframework.stereotype.Component;

/**
 * Encrypts the secrets Matchwise must read back (a school's OIDC client secret, TOTP keys): AES-256-GCM through
 * Spring Security's {@link Encryptors#stronger} (key derived with PBKDF2 from {@code matchwise.secret-key} and a
 * random salt per value, random IV per encryption, authenticated). Stored as {@code v1:<salt hex>:<base64>}.
 *
 * <p>Set {@code MATCHWISE_SECRET_KEY} (at least 32 characters) on every node; all nodes need the same key, and a
 * lost key makes the stored secrets unreadable (re-enter the client secret, re-enrol TOTP). Without it, a key is
 * made once in {@code <data-dir>/secret.key}, which suits a single node only (a warning says so).
 */
@Component
public class SecretBox {

    private static final Logger log = LoggerFactory.getLogger(SecretBox.class);
    private static final String PREFIX = "v1:";

    private final String key;

    SecretBox(@Value("${matchwise.secret-key:}") String configured, MatchwiseProperties properties) {
        this.key = configured == null || configured.isBlank() ? fileKey(Path.of(properties.dataDir())) : configured;
        if (key.length() < 32) {
            throw new IllegalStateException("matchwise.secret-key (MATCHWISE_SECRET_KEY) must be at least 32 characters");
        }
    }

    public String encrypt(String plain) {
        String salt = KeyGenerators.string().generateKey();
        byte[] sealed = encryptor(salt).encrypt(plain.getBytes(StandardCharsets.UTF_8));
        return PREFIX + salt + ":" + Base64.getEncoder().encodeToString(sealed);
    }

    /** The plain text, or an IllegalStateException when the value was made with another key or was changed. */
    public String decrypt(String stored) {
        if (stored == null || !stored.startsWith(PREFIX) || stored.indexOf(':', PREFIX.length()) < 0) {
            throw new IllegalStateException("not an encrypted value");
        }
        int colon = stored.indexOf(':', PREFIX.length());
        String salt = stored.substring(PREFIX.length(), colon);
        try {
            byte[] plain = encryptor(salt).decrypt(Base64.getDecoder().decode(stored.substring(colon + 1)));
            return new String(plain, StandardCharsets.UTF_8);
        } catch (RuntimeException e) {
            throw new IllegalStateException("the stored secret cannot be decrypted with this matchwise.secret-key", e);
        }
    }

    private BytesEncryptor encryptor(String salt) {
        return Encryptors.stronger(key, salt);
    }

    private static String fileKey(Path dataDir) {
        Path file = dataDir.resolve("secret.key");
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(dataDir);
                String made = KeyGenerators.string().generateKey() + KeyGenerators.string().generateKey()
                        + KeyGenerators.string().generateKey() + KeyGenerators.string().generateKey();
                Files.writeString(file, made);
                try {
                    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
                } catch (UnsupportedOperationException e) {
                    // not a POSIX file system: the directory's own permissions protect it
                }
                log.warn("matchwise.secret-key is not set: made a key in {}. Fine for one node; with several nodes set"
                        + " MATCHWISE_SECRET_KEY to the same value on each (README \"Single sign-on\").", file);
            }
            return Files.readString(file).trim();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or make " + file + "; set MATCHWISE_SECRET_KEY", e);
        }
    }
}
