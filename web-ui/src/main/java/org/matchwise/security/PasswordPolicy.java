package org.matchwise.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * What a password must be: at least 12 characters, not one of the commonly used passwords (a list of some
 * 400, shipped as {@code common-passwords.txt}), and not the account's own email.
 */
@Component
public class PasswordPolicy {

    public static final int MIN_LENGTH = 12;

    /** Why a password was refused; the key names a message in the bundle. */
    public enum Problem {
        TOO_SHORT("password.tooShort"),
        COMMON("password.common"),
        CONTAINS_EMAIL("password.containsEmail");

        private final String messageKey;

        Problem(String messageKey) {
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }

    private final Set<String> common;

    public PasswordPolicy() {
        this.common = loadCommonPasswords();
    }

    /** Every problem with the password, empty when it is acceptable. */
    public List<Problem> check(String password, String email) {
        if (password == null) {
            return List.of(Problem.TOO_SHORT);
        }
        var problems = new java.util.ArrayList<Problem>();
        if (password.codePointCount(0, password.length()) < MIN_LENGTH) {
            problems.add(Problem.TOO_SHORT);
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (common.contains(lower) || common.contains(stripTrailingDigits(lower))) {
            problems.add(Problem.COMMON);
        }
        if (email != null) {
            String local = email.toLowerCase(Locale.ROOT).split("@", 2)[0];
            if (local.length() >= 4 && lower.contains(local)) {
                problems.add(Problem.CONTAINS_EMAIL);
            }
        }
        return List.copyOf(problems);
    }

    public boolean isAcceptable(String password, String email) {
        return check(password, email).isEmpty();
    }

    /** A plain-English description of the problems, for logs and startup errors. */
    public static String describe(List<Problem> problems) {
        return String.join("; ", problems.stream().map(p -> switch (p) {
            case TOO_SHORT -> "it must have at least " + MIN_LENGTH + " characters";
            case COMMON -> "it is a commonly used password";
            case CONTAINS_EMAIL -> "it contains the account's email name";
        }).toList());
    }

    private static String stripTrailingDigits(String s) {
        int end = s.length();
        while (end > 0 && Character.isDigit(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(0, end);
    }

    private static Set<String> loadCommonPasswords() {
        var in = Objects.requireNonNull(PasswordPolicy.class.getResourceAsStream("common-passwords.txt"),
                "common-passwords.txt is missing from the classpath");
        try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            Set<String> set = new HashSet<>();
            reader.lines().map(String::trim).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .map(l -> l.toLowerCase(Locale.ROOT)).forEach(set::add);
            return Set.copyOf(set);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
