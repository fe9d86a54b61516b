package app.waymark.bootcamp;

import app.waymark.base.InvalidInputException;
import app.waymark.base.Translatable;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.DateFormat;
import java.text.Format;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The refusals of recording guided learning hours ({@link HoursError}, decision 0058, in the way of 0059) have UK
 * English text for every entry with the arguments the code passes, and the hours code refuses only through them.
 */
class HoursErrorTextsTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[,}]");
    private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");
    private static final Properties TRANSLATIONS = translations();

    @Test
    void every_refusal_has_a_text_taking_the_arguments_it_is_given() {
        List<String> wrong = new ArrayList<>();
        for (HoursError error : HoursError.values()) {
            String text = TRANSLATIONS.getProperty(error.key());
            if (text == null) {
                wrong.add(error + ": no text for " + error.key());
                continue;
            }
            TreeSet<Integer> indexes = new TreeSet<>();
            Matcher placeholder = PLACEHOLDER.matcher(text);
            while (placeholder.find()) {
                indexes.add(Integer.parseInt(placeholder.group(1)));
            }
            if (!List.copyOf(indexes).equals(Stream.iterate(0, i -> i + 1).limit(error.arguments()).toList())) {
                wrong.add(error + " takes " + error.arguments() + " arguments but its text has " + indexes);
            }
            if (error.arguments() == 0 ? text.contains("''") : LONE_APOSTROPHE.matcher(text).find()) {
                wrong.add(error + ": apostrophes are '' only in texts with arguments");
            }
        }

        assertThat(wrong).isEmpty();
    }

    @Test
    void refusals_read_in_english_with_uk_dates_and_hours_as_written_and_name_their_field() {
        InvalidInputException twice = HoursError.DAY_ALREADY_RECORDED.refusal(new BigDecimal("2.50"),
                Translatable.day(LocalDate.of(2022, 8, 2)));
        InvalidInputException tooMany = HoursError.HOURS_TOO_MANY.refusal(HoursChecks.MOST_HOURS_A_DAY,
                new BigDecimal("12.5"));

        assertThat(twice.getMessage()).isEqualTo("2.5 hours are already recorded for 02/08/2022: remove that entry"
                + " first and record the day's total");
        assertThat(twice.formField()).contains(HoursField.DELIVERED_ON);
        assertThat(tooMany.getMessage()).isEqualTo("At most 12 guided learning hours can be recorded for a day, not"
                + " 12.5");
        assertThat(tooMany.field()).isEqualTo("hours");
        for (HoursError error : HoursError.values()) {
            String formatted = error.with(sampleArguments(TRANSLATIONS.getProperty(error.key()))).inDefaultLanguage();
            assertThat(formatted).as(error.key()).doesNotContain("{").doesNotStartWith("!");
        }
    }

    @Test
    void the_hours_code_refuses_only_through_hours_error() throws IOException {
        Pattern english = Pattern.compile("new InvalidInputException\\(");
        for (String source : List.of("BootcampHours.java", "HoursChecks.java")) {
            String code = Files.readString(Path.of("src/main/java/app/waymark/bootcamp", source));
            assertThat(english.matcher(code).find()).as(source + " builds a refusal from English text").isFalse();
        }
    }

    private static Object[] sampleArguments(String text) {
        Format[] formats = new MessageFormat(text, Locale.UK).getFormatsByArgumentIndex();
        Object[] arguments = new Object[formats.length];
        for (int i = 0; i < formats.length; i++) {
            arguments[i] = formats[i] instanceof DateFormat ? Translatable.day(LocalDate.of(2026, 8, 3))
                    : formats[i] instanceof NumberFormat ? 7.5 : "1.125";
        }
        return arguments;
    }

    private static Properties translations() {
        Properties properties = new Properties();
        try (InputStream in = HoursErrorTextsTest.class.getResourceAsStream("/vaadin-i18n/translations.properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
