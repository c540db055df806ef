package org.matchwise.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The text of personal API tokens: {@code mw_} followed by 256 random bits from {@link SecureRandom} in URL-safe
 * Base64 (43 characters), so a token is recognisable in logs and by secret scanners. Only the SHA-256 of the whole
 * text is stored; a token has 256 bits of entropy, so a fast hash is enough (no salt or stretching needed, unlike a
 * password) and the lookup by hash is one index probe.
 */
public final class ApiTokenSecrets {

    /** Every token starts with this. */
    public static final String PREFIX = "mw_";
    private static final int SECRET_BYTES = 32;
    private static final int TOKEN_LENGTH = PREFIX.length() + 43;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder BASE64 = Base64.getUrlEncoder().withoutPadding();

    private ApiTokenSecrets() {
    }

    /** A new token text (shown to its owner once, never stored). */
    public static String generate() {
        byte[] secret = new byte[SECRET_BYTES];
        RANDOM.nextBytes(secret);
        return PREFIX + BASE64.encodeToString(secret);
    }

    /** Whether the text has the shape of a token (checked before any hashing or database work). */
    public static boolean wellFormed(String token) {
        if (token == null || token.length() != TOKEN_LENGTH || !token.startsWith(PREFIX)) {
            return false;
        }
        for (int i = PREFIX.length(); i < token.length(); i++) {
            char c = token.charAt(i);
            if (!(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '_')) {
                return false;
            }
        }
        return true;
    }

    /** SHA-256 of the token text, as 64 lower-case hex digits: what is stored and looked up. */
    public static String hash(String token) {
        return HexFormat.of().formatHex(digest(token));
    }

    /**
     * Compares a stored hash with the hash of a presented token ({@link #hash}, computed once for the look-up) in
     * constant time.
     */
    public static boolean matches(String presentedHash, String storedHash) {
        if (storedHash == null || storedHash.length() != 64 || presentedHash.length() != 64) {
            return false;
        }
        return MessageDigest.isEqual(presentedHash.getBytes(StandardCharsets.US_ASCII),
                storedHash.getBytes(StandardCharsets.US_ASCII));
    }

    /** The first characters of a token, stored so that an owner can tell tokens apart ("mw_AbCd…"). */
    public static String hint(String token) {
        return token.substring(0, Math.min(token.length(), PREFIX.length() + 4));
    }

    private static byte[] digest(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
