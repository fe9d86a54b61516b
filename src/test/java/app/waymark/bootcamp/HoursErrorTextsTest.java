package app.waymark.bootcamp;

import app.waymark.base.InputErrorTexts;
import app.waymark.base.InvalidInputException;
import app.waymark.base.Translatable;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The refusals of recording guided learning hours ({@link HoursError}, decision 0058, in the way of 0059) have UK
 * English text for every entry with the arguments the code passes, and the hours code refuses only through them.
 */
class HoursErrorTextsTest {

    @Test
    void every_refusal_has_a_text_taking_the_arguments_it_is_given() {
        List<String> wrong = new ArrayList<>();
        for (HoursError error : HoursError.values()) {
            String text = InputErrorTexts.text(error.key());
            if (text == null) {
                wrong.add(error + ": no text for " + error.key());
                continue;
            }
            if (!InputErrorTexts.placeholdersFit(error)) {
                wrong.add(error + " takes " + error.arguments() + " arguments but its text has "
                        + InputErrorTexts.placeholders(error));
            }
            if (error.arguments() == 0 ? text.contains("''") : InputErrorTexts.hasLoneApostrophe(text)) {
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
            String formatted = error.with(InputErrorTexts.sampleArguments(InputErrorTexts.text(error.key()), 7.5,
                    "1.125")).inDefaultLanguage();
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
}
