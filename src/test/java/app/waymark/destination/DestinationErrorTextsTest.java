package app.waymark.destination;

import app.waymark.base.InputErrorTexts;
import app.waymark.base.InvalidInputException;
import app.waymark.base.Translatable;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The destination module's one vocabulary of problems ({@link DestinationError}, decision 0059) has UK English text
 * for every entry, with as many arguments as the code passes. The survey's problems ({@link SurveyProblem}, the
 * survey pages' checks) and the staff forms' own checks take their keys from it, so this covers them too.
 */
class DestinationErrorTextsTest {

    private static final Path DESTINATION_SOURCES = Path.of("src/main/java/app/waymark/destination");

    @Test
    void every_problem_has_a_text_in_translations_properties() {
        List<String> missing = Stream.of(DestinationError.values())
                .filter(error -> InputErrorTexts.text(error.key()) == null)
                .map(error -> error + " (" + error.key() + ")").toList();

        assertThat(missing).as("keys missing from vaadin-i18n/translations.properties").isEmpty();
    }

    @Test
    void every_text_takes_the_arguments_its_problem_is_given() {
        List<String> wrong = new ArrayList<>();
        for (DestinationError error : DestinationError.values()) {
            if (!InputErrorTexts.placeholdersFit(error)) {
                wrong.add(error + " takes " + error.arguments() + " arguments but its text has "
                        + InputErrorTexts.placeholders(error));
            }
        }

        assertThat(wrong).isEmpty();
    }

    @Test
    void texts_with_arguments_double_their_apostrophes_and_format_with_dates_and_numbers() {
        for (DestinationError error : DestinationError.values()) {
            String text = InputErrorTexts.text(error.key()) == null ? "" : InputErrorTexts.text(error.key());
            if (error.arguments() == 0) {
                assertThat(text).as(error + " is shown as written, so a doubled apostrophe would show")
                        .doesNotContain("''");
                continue;
            }
            assertThat(InputErrorTexts.hasLoneApostrophe(text)).as(error + ": write an apostrophe as ''").isFalse();
            String formatted = Translatable.of(error.key(), InputErrorTexts.sampleArguments(text, 12, "EMP-1"))
                    .inDefaultLanguage();
            assertThat(formatted).as(error.key()).doesNotContain("{").doesNotStartWith("!");
        }
    }

    @Test
    void a_problem_given_the_wrong_number_of_arguments_is_a_mistake_in_the_code() {
        assertThatThrownBy(() -> DestinationError.ALREADY_REVIEWED.with("Dana"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_refusal_reads_in_english_for_logs_and_names_its_field_as_before() {
        InvalidInputException refusal = DestinationError.ALREADY_REVIEWED.refusal("Dana Hughes",
                Translatable.day(LocalDate.of(2026, 3, 29)));
        InvalidInputException tooLong = DestinationError.NOTE_TOO_LONG.refusalOn(DestinationField.NOTE, 1000, 1234);

        assertThat(refusal.getMessage()).isEqualTo("This flag was already reviewed by Dana Hughes on 29 March 2026.");
        assertThat(refusal.field()).isNull();
        assertThat(tooLong.getMessage()).isEqualTo("Keep it to 1000 characters; it has 1234.");
        assertThat(tooLong.field()).isEqualTo("note");
        assertThat(tooLong.formField()).contains(DestinationField.NOTE);
        assertThat(DestinationField.COLLECTION_DATE.fieldName()).isEqualTo("collectionDate");
    }

    @Test
    void the_module_words_its_refusals_only_through_the_vocabulary() throws IOException {
        Pattern englishRefusal = Pattern.compile("new (InvalidInputException|SurveyAnswersException)\\(\\s*"
                + "(\"|null\\s*,\\s*\"|[\\w.()]+\\s*,\\s*\")");
        try (Stream<Path> files = Files.walk(DESTINATION_SOURCES)) {
            List<String> offenders = files.filter(file -> file.toString().endsWith(".java"))
                    .flatMap(file -> englishRefusal.matcher(read(file)).results()
                            .map(match -> DESTINATION_SOURCES.relativize(file) + ": " + match.group()))
                    .toList();
            assertThat(offenders).as("refuse with DestinationError, not English text").isEmpty();
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
