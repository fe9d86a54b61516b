package app.waymark.base;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every literal translation key used in the code (getTranslation, @Menu titles) exists in translations.properties. */
class TranslationKeysTest {

    private static final Pattern KEY_USE =
            Pattern.compile("getTranslation\\(\"([a-z0-9.\\-_]+)\"[,)]|@Menu\\(title = \"([a-z0-9.\\-_]+)\"");

    @Test
    void every_key_used_in_the_views_has_uk_english_text() throws IOException {
        Properties translations = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/vaadin-i18n/translations.properties")) {
            translations.load(in);
        }
        Set<String> used = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher matcher = KEY_USE.matcher(Files.readString(source));
                while (matcher.find()) {
                    used.add(matcher.group(1) != null ? matcher.group(1) : matcher.group(2));
                }
            }
        }
        assertThat(used).hasSizeGreaterThan(50);
        assertThat(used.stream().filter(key -> !translations.containsKey(key)).toList())
                .as("keys used in code but missing from translations.properties").isEmpty();
    }
}
