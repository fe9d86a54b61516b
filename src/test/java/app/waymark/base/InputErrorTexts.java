package app.waymark.base;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.DateFormat;
import java.text.Format;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What the tests of a refusal vocabulary ({@link InputError}, decision 0059) check each entry's text against: it is
 * in translations.properties, its placeholders are {0} to {n-1} for the n arguments the code passes, and its
 * apostrophes suit how it is shown (doubled only where MessageFormat reads it, i.e. with arguments).
 */
public final class InputErrorTexts {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[,}]");
    /** An apostrophe on its own, which MessageFormat takes as the start of quoted text. */
    private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");
    private static final Properties TRANSLATIONS = translations();

    /** The UK English text of {@code key}; null when translations.properties has none. */
    public static String text(String key) {
        return TRANSLATIONS.getProperty(key);
    }

    /** Whether the entry's text has exactly the placeholders {0} to {n-1} for its n arguments. */
    public static boolean placeholdersFit(InputError error) {
        TreeSet<Integer> indexes = placeholders(error);
        return List.copyOf(indexes).equals(Stream.iterate(0, i -> i + 1).limit(error.arguments()).toList());
    }

    /** The argument indexes the entry's text names, in order. */
    public static TreeSet<Integer> placeholders(InputError error) {
        TreeSet<Integer> indexes = new TreeSet<>();
        Matcher placeholder = PLACEHOLDER.matcher(TRANSLATIONS.getProperty(error.key(), ""));
        while (placeholder.find()) {
            indexes.add(Integer.parseInt(placeholder.group(1)));
        }
        return indexes;
    }

    /** Whether {@code text} has an apostrophe that is not doubled. */
    public static boolean hasLoneApostrophe(String text) {
        return LONE_APOSTROPHE.matcher(text).find();
    }

    /** A value of the kind each placeholder of {@code text} formats: a date, {@code number}, or {@code word}. */
    public static Object[] sampleArguments(String text, Number number, String word) {
        Format[] formats = new MessageFormat(text, Locale.UK).getFormatsByArgumentIndex();
        Object[] arguments = new Object[formats.length];
        for (int i = 0; i < formats.length; i++) {
            arguments[i] = formats[i] instanceof DateFormat ? Translatable.day(LocalDate.of(2026, 8, 3))
                    : formats[i] instanceof NumberFormat ? number : word;
        }
        return arguments;
    }

    private static Properties translations() {
        Properties properties = new Properties();
        try (InputStream in = InputErrorTexts.class.getResourceAsStream("/vaadin-i18n/translations.properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    private InputErrorTexts() {
    }
}
