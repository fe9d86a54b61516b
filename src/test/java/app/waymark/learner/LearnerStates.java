package app.waymark.learner;

import app.waymark.base.Sentence;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Learners, aims and employment records for the change rules' unit tests, and a check of their sentences. */
final class LearnerStates {

    static final LocalDate START = LocalDate.of(2024, 9, 2);
    static final LocalDate PLANNED_END = LocalDate.of(2026, 3, 1);
    static final String APPRENTICESHIP_FAMS = """
            [{"type":"SOF","code":"105","dateFrom":null,"dateTo":null},\
            {"type":"ACT","code":"1","dateFrom":"2024-09-02","dateTo":null}]""";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");
    private static final Properties TRANSLATIONS = translations();

    static Clock clockOn(LocalDate day) {
        return Clock.fixed(day.atTime(12, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    }

    /** An apprenticeship aim (FundModel 36, standard 91) from {@link #START} to {@link #PLANNED_END}. */
    static LearnerState.Aim apprenticeship(int seq, String ref, int aimType, int compStatus, LocalDate actualEnd) {
        return apprenticeship(seq, ref, aimType, START, PLANNED_END, compStatus, actualEnd);
    }

    static LearnerState.Aim apprenticeship(int seq, String ref, int aimType, LocalDate start, LocalDate plannedEnd,
                                           int compStatus, LocalDate actualEnd) {
        return new LearnerState.Aim(UUID.randomUUID(), seq, ref, aimType, start, null, plannedEnd, 36, 25, 91, null,
                compStatus, actualEnd, compStatus == 3 ? 44 : null, actualEnd == null ? null : 3, APPRENTICESHIP_FAMS);
    }

    /** An adult skills aim (FundModel 38, not an apprenticeship). */
    static LearnerState.Aim adultSkills(int seq, String ref, int compStatus, LocalDate actualEnd) {
        return new LearnerState.Aim(UUID.randomUUID(), seq, ref, 4, START, null, START.plusMonths(6), 38, null, null,
                null, compStatus, actualEnd, null, actualEnd == null ? null : 3, "[]");
    }

    static LearnerState.Employment employment(LocalDate from, Long empId, String weeklyHours) {
        return new LearnerState.Employment(null, from, 10, empId,
                weeklyHours == null ? null : new BigDecimal(weeklyHours));
    }

    static LearnerState state(List<LearnerState.Aim> aims, List<LearnerState.Employment> employment) {
        return new LearnerState(new Learner(), aims, employment);
    }

    /** Every sentence of the plan has UK English text, with an argument for each placeholder. */
    static ChangePlan translated(ChangePlan plan) {
        Stream.concat(plan.effects().stream(), plan.blockers().stream()).forEach(LearnerStates::assertTranslated);
        return plan;
    }

    static void assertTranslated(Sentence sentence) {
        String text = TRANSLATIONS.getProperty(sentence.key());
        assertThat(text).as("text of " + sentence.key()).isNotNull();
        Matcher matcher = PLACEHOLDER.matcher(text);
        int highest = -1;
        while (matcher.find()) {
            highest = Math.max(highest, Integer.parseInt(matcher.group(1)));
        }
        assertThat(sentence.args()).as("arguments of " + sentence.key()).hasSize(highest + 1);
    }

    private static Properties translations() {
        Properties properties = new Properties();
        try (InputStream in = LearnerStates.class.getResourceAsStream("/vaadin-i18n/translations.properties")) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    private LearnerStates() {
    }
}
