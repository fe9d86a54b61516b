package app.waymark.base;

import java.util.List;

/**
 * A sentence for people to read, as a translation key and its arguments (already formatted for display), so rules
 * can say what they will do or why they cannot without knowing the screen or email that shows it.
 */
public record Sentence(String key, List<String> args) {

    public Sentence {
        args = List.copyOf(args);
    }

    public static Sentence of(String key, String... args) {
        return new Sentence(key, List.of(args));
    }
}
