package app.waymark.bootcamp;

import app.waymark.base.Sentence;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The UK English text of a sentence, as the translation provider renders it, checking its key and arguments. */
final class Texts {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");
    private static final Properties TRANSLATIONS = translations();

    private Texts() {
    }

    static String text(Sentence sentence) {
        String pattern = TRANSLATIONS.getProperty(sentence.key());
        assertThat(pattern).as("text of " + sentence.key()).isNotNull();
        Matcher matcher = PLACEHOLDER.matcher(pattern);
        int highest = -1;
        while (matcher.find()) {
            highest = Math.max(highest, Integer.parseInt(matcher.group(1)));
        }
        assertThat(sentence.args()).as("arguments of " + sentence.key()).hasSize(highest + 1);
        if (sentence.args().isEmpty()) {
            assertThat(pattern).as("argument-free " + sentence.key()).doesNotContain("''");
            return pattern;
        }
        return new MessageFormat(pattern, Locale.UK).format(sentence.args().toArray());
    }

    static boolean exists(String key) {
        return TRANSLATIONS.containsKey(key);
    }

    static java.util.Set<String> keys() {
        return TRANSLATIONS.stringPropertyNames();
    }

    private static Properties translations() {
        Properties properties = new Properties();
        try (InputStream in = Texts.class.getResourceAsStream("/vaadin-i18n/translations.properties")) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
