package app.waymark.security;

import app.waymark.base.InvalidInputException;

import java.util.Locale;
import java.util.Set;

/**
 * NCSC-style rules: length over composition, no well-known passwords, nothing built from the person's email.
 * Each failure names the rule that failed.
 */
final class PasswordPolicy {

    static final int MIN_LENGTH = 12;
    static final int MAX_LENGTH = 128;

    private static final Set<String> COMMON = Set.of(
            "password1234", "password12345", "passwordpassword", "123456789012", "qwertyuiop12", "qwertyuiopas",
            "iloveyou1234", "letmein12345", "welcome12345", "administrator", "changeme1234", "waymark12345",
            "abcdefghijkl", "111111111111", "trustno1trustno1", "football1234", "monkey123456", "sunshine1234");

    static void check(String password, String email) {
        if (password == null || password.length() < MIN_LENGTH) {
            throw new InvalidInputException("newPassword",
                    "Password must be at least " + MIN_LENGTH + " characters long");
        }
        if (password.length() > MAX_LENGTH) {
            throw new InvalidInputException("newPassword",
                    "Password must be at most " + MAX_LENGTH + " characters long");
        }
        if (password.chars().distinct().count() < 5) {
            throw new InvalidInputException("newPassword", "Password must use at least 5 different characters");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (COMMON.contains(lower)) {
            throw new InvalidInputException("newPassword", "Password is too common: choose one that is harder to guess");
        }
        String mailbox = email == null ? "" : email.toLowerCase(Locale.ROOT).split("@")[0];
        if (mailbox.length() >= 4 && lower.contains(mailbox)) {
            throw new InvalidInputException("newPassword", "Password must not contain your email name");
        }
    }

    private PasswordPolicy() {
    }
}
