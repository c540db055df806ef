package org.matchwise.security.twostep;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.apache.commons.codec.binary.Base32;
import org.matchwise.account.Role;
import org.matchwise.security.CurrentUser;
import org.matchwise.security.FailedAttempts;
import org.matchwise.security.MatchwiseUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.matchwise.security.persistence.UserEntity;
import org.matchwise.security.persistence.UserRepository;
import org.matchwise.security.sso.SecretBox;
import org.matchwise.twostep.persistence.RecoveryCodeEntity;
import org.matchwise.twostep.persistence.RecoveryCodeRepository;
import org.matchwise.twostep.persistence.UserTotpEntity;
import org.matchwise.twostep.persistence.UserTotpRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * TOTP (RFC 6238: HMAC-SHA1, 6 digits, 30 s steps, as every authenticator app reads them) through the java-otp
 * library; keys of 160 random bits from the JDK's key generator, stored encrypted ({@link SecretBox}). A code is
 * accepted from the step before to the step after now (clock drift), and each step once (no replay). Ten recovery
 * codes of 50 random bits each, stored as SHA-256 hashes and spent once.
 *
 * <p>Wrong codes count toward the same lockout as wrong passwords ({@code matchwise.login.max-failures}); a locked
 * account takes no code at all until the lock ends. Methods take the account id of the sign-in in progress (the
 * user is not signed in yet), or act on the signed-in user ({@code mine}).
 */
@Service
public class TwoStepService {

    private static final Logger log = LoggerFactory.getLogger(TwoStepService.class);
    static final int RECOVERY_CODES = 10;
    private static final Duration STEP = TimeBasedOneTimePasswordGenerator.DEFAULT_TIME_STEP;

    /** A key to enter in an authenticator app: as text and as an {@code otpauth://} URI (also shown as QR code). */
    public record Enrolment(String secret, String otpauthUri) {
    }

    /** The signed-in user's second factor as the settings screen shows it. */
    public record MyTwoStep(boolean enrolled, boolean optional, long recoveryCodesLeft) {
    }

    /** What a code did. */
    public enum Verdict { ACCEPTED, ACCEPTED_RECOVERY, WRONG, LOCKED }

    private final CurrentUser currentUser;
    private final UserTotpRepository totps;
    private final RecoveryCodeRepository recoveryCodes;
    private final UserRepository users;
    private final SecretBox secrets;
    private final Clock clock;
    private final FailedAttempts failures;
    private final boolean requiredForAdmins;
    private final TimeBasedOneTimePasswordGenerator totp = new TimeBasedOneTimePasswordGenerator();
    private final SecureRandom random = new SecureRandom();
    private final Base32 base32 = new Base32();

    TwoStepService(UserTotpRepository totps, RecoveryCodeRepository recoveryCodes, UserRepository users,
            SecretBox secrets, Clock clock, FailedAttempts failures, CurrentUser currentUser,
            @Value("${matchwise.login.admin-two-step:true}") boolean requiredForAdmins) {
        this.currentUser = currentUser;
        this.totps = totps;
        this.recoveryCodes = recoveryCodes;
        this.users = users;
        this.secrets = secrets;
        this.clock = clock;
        this.failures = failures;
        this.requiredForAdmins = requiredForAdmins;
    }

    /** Whether a password sign-in of this account needs a second step: enrolled, or an admin (who must enrol). */
    @Transactional(readOnly = true)
    @PreAuthorize("permitAll()") // the second step of a password sign-in: nobody is signed in yet (TwoStepSignIn)
    public boolean requiredAfterPassword(MatchwiseUser user) {
        return (requiredForAdmins && user.role() == Role.ADMIN) || totps.isEnrolled(user.id());
    }

    /** Whether the account may go without a second factor (everyone but admins, while that rule is on). */
    @PreAuthorize("permitAll()") // the second step of a password sign-in: nobody is signed in yet (TwoStepSignIn)
    public boolean optionalFor(Role role) {
        return !(requiredForAdmins && role == Role.ADMIN);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("permitAll()") // the second step of a password sign-in: nobody is signed in yet (TwoStepSignIn)
    public boolean enrolled(long userId) {
        return totps.isEnrolled(userId);
    }

    /** Whether the account of a sign-in in progress takes no code now: locked (wrong passwords or codes), or deactivated. */
    @Transactional(readOnly = true)
    @PreAuthorize("permitAll()") // the second step of a password sign-in: nobody is signed in yet (TwoStepSignIn)
    public boolean lockedOut(long userId) {
        return users.findById(userId).map(u -> u.isLockedAt(clock.instant()) || !u.isEnabled()).orElse(true);
    }

    @Transactional(readOnly = true)
    long recoveryCodesLeft(long userId) {
        return recoveryCodes.countUnused(userId);
    }

    /**
     * Starts (or restarts) enrolment with a new key; the account's current key, if any, keeps working until the new
     * one is confirmed only if there was none: a confirmed key is replaced here, so call this for a new account key.
     */
    @Transactional
    @PreAuthorize("permitAll()") // the second step of a password sign-in: nobody is signed in yet (TwoStepSignIn)
    public Enrolment startEnrolment(long userId) {
        UserEntity user = users.findById(userId).orElseThrow();
        byte[] key = newKey();
        String encrypted = secrets.encrypt(base32.encodeToString(key));
        Instant now = clock.instant();
        UserTotpEntity row = totps.findById(userId).orElse(null);
        if (row == null) {
            totps.save(new UserTotpEntity(userId, encrypted, now));
        } else {
            row.restart(encrypted, now);
        }
        String secret = base32.encodeToString(key).replace("=", "");
        return new Enrolment(secret, otpauthUri(user.getEmail(), secret));
    }

    /**
     * Confirms enrolment with a code from the app; returns the new recovery codes (shown once), or empty for a wrong
     * code (counted toward the lockout) or a locked account.
     */
    @Transactional
    @PreAuthorize("permitAll()") // the second step of a password sign-in: nobody is signed in yet (TwoStepSignIn)
    public Optional<List<String>> confirmEnrolment(long userId, String code) {
        UserEntity user = users.findById(userId).orElseThrow();
        UserTotpEntity row = totps.findById(userId).orElse(null);
        if (row == null || user.isLockedAt(clock.instant())) {
            return Optional.empty();
        }
        Optional<Long> step = matchingStep(row, code);
        if (step.isEmpty()) {
            failed(user);
            return Optional.empty();
        }
        row.confirm(clock.instant(), step.get());
        log.info("Account {} enrolled a TOTP second factor", userId);
        return Optional.of(newRecoveryCodes(userId));
    }

    /** Checks a code (TOTP or a recovery code) of a sign-in in progress. */
    @Transactional
    @PreAuthorize("permitAll()") // the second step of a password sign-in: nobody is signed in yet (TwoStepSignIn)
    public Verdict verify(long userId, String code) {
        UserEntity user = users.findById(userId).orElseThrow();
        Instant now = clock.instant();
        if (user.isLockedAt(now) || !user.isEnabled()) {
            return Verdict.LOCKED;
        }
        UserTotpEntity row = totps.findById(userId).filter(UserTotpEntity::isConfirmed).orElse(null);
        if (row == null) {
            return Verdict.WRONG;
        }
        Optional<Long> step = matchingStep(row, code);
        if (step.isPresent()) {
            row.accepted(step.get());
            succeeded(user);
            return Verdict.ACCEPTED;
        }
        String normalised = normaliseRecovery(code);
        if (normalised != null && recoveryCodes.spend(userId, sha256(normalised), now) == 1) {
            log.info("Account {} signed in with a recovery code ({} left)", userId, recoveryCodes.countUnused(userId));
            succeeded(user);
            return Verdict.ACCEPTED_RECOVERY;
        }
        return failed(user) ? Verdict.LOCKED : Verdict.WRONG;
    }

    /** New recovery codes for an enrolled account (the old ones stop working); shown once. */
    @Transactional
    List<String> regenerateRecoveryCodes(long userId) {
        if (!totps.isEnrolled(userId)) {
            throw new IllegalStateException("not enrolled");
        }
        return newRecoveryCodes(userId);
    }

    /** Removes the second factor of an account for which it is optional; false when it is required. */
    @Transactional
    boolean turnOff(long userId) {
        UserEntity user = users.findById(userId).orElseThrow();
        if (!optionalFor(user.getRole())) {
            return false;
        }
        totps.deleteById(userId);
        recoveryCodes.deleteByUser(userId);
        log.info("Account {} turned its TOTP second factor off", userId);
        return true;
    }

    // ---- the signed-in user's own settings ("Two-step sign-in") ----

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public MyTwoStep mine() {
        MatchwiseUser me = currentUser.require();
        return new MyTwoStep(totps.isEnrolled(me.id()), optionalFor(me.role()), recoveryCodes.countUnused(me.id()));
    }

    /** A new key for the signed-in user; an earlier key stops counting until the new one is confirmed. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public Enrolment startMyEnrolment() {
        return startEnrolment(currentUser.require().id());
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public Optional<List<String>> confirmMyEnrolment(String code) {
        return confirmEnrolment(currentUser.require().id(), code);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public List<String> newRecoveryCodesForMe() {
        return regenerateRecoveryCodes(currentUser.require().id());
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public boolean turnMineOff() {
        return turnOff(currentUser.require().id());
    }

    private Optional<Long> matchingStep(UserTotpEntity row, String code) {
        String digits = code == null ? "" : code.replaceAll("\\s", "");
        if (!digits.matches("\\d{6}")) {
            return Optional.empty();
        }
        SecretKey key = new SecretKeySpec(base32.decode(secrets.decrypt(row.getSecretEncrypted())),
                TimeBasedOneTimePasswordGenerator.TOTP_ALGORITHM_HMAC_SHA1);
        long nowStep = clock.instant().getEpochSecond() / STEP.getSeconds();
        try {
            for (long step = nowStep - 1; step <= nowStep + 1; step++) {
                if (step <= row.getLastStep()) {
                    continue;
                }
                String expected = totp.generateOneTimePasswordString(key, Instant.ofEpochSecond(step * STEP.getSeconds()),
                        Locale.ROOT);
                if (MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                        digits.getBytes(StandardCharsets.US_ASCII))) {
                    return Optional.of(step);
                }
            }
        } catch (InvalidKeyException e) {
            throw new IllegalStateException("stored TOTP key is unusable", e);
        }
        return Optional.empty();
    }

    /** Counts a wrong code like a wrong password; true when this one locked the account. */
    private boolean failed(UserEntity user) {
        boolean locked = failures.count(user.getEmail());
        log.info("Wrong second-step code for account {}{}", user.getId(), locked ? "; account locked" : "");
        return locked;
    }

    private void succeeded(UserEntity user) {
        failures.reset(user.getId());
    }

    private List<String> newRecoveryCodes(long userId) {
        recoveryCodes.deleteByUser(userId);
        List<String> codes = new ArrayList<>();
        while (codes.size() < RECOVERY_CODES) {
            byte[] bytes = new byte[7];
            random.nextBytes(bytes);
            String raw = base32.encodeToString(bytes).substring(0, 10).toLowerCase(Locale.ROOT);
            String code = raw.substring(0, 5) + "-" + raw.substring(5);
            if (!codes.contains(code)) {
                codes.add(code);
                recoveryCodes.save(new RecoveryCodeEntity(userId, sha256(raw)));
            }
        }
        return codes;
    }

    /** A recovery code as typed (any case, with or without the dash), or null when it cannot be one. */
    private static String normaliseRecovery(String code) {
        if (code == null) {
            return null;
        }
        String s = code.replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT);
        return s.matches("[a-z2-7]{10}") ? s : null;
    }

    private byte[] newKey() {
        try {
            KeyGenerator generator = KeyGenerator.getInstance(TimeBasedOneTimePasswordGenerator.TOTP_ALGORITHM_HMAC_SHA1);
            generator.init(160);
            return generator.generateKey().getEncoded();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String otpauthUri(String email, String secret) {
        String label = URLEncoder.encode("Matchwise:" + email, StandardCharsets.UTF_8).replace("+", "%20");
        return "otpauth://totp/" + label + "?secret=" + secret + "&issuer=Matchwise&algorithm=SHA1&digits=6&period=30";
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
