package app.waymark.learner;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The minimum off-the-job training of an apprenticeship (DOMAIN.md section 5), chosen by the apprenticeship's
 * programme start date (decision 0028):
 * <ul>
 * <li>starts from 1 August 2022 to 31 July 2025: 6 hours a week for 30 or more paid hours a week, pro rata below 30
 * (the duration is extended instead), over the weeks left after 5.6 weeks' statutory leave a year, so 46.4 weeks a
 * year (12 months full time is about 278 hours);</li>
 * <li>starts from 1 August 2025: at least 187 hours, whatever the paid hours, and at least 8 months (242 days) in
 * learning.</li>
 * </ul>
 * Pure arithmetic: no clock, no database. Hours a week not recorded are taken as full time (30 or more).
 */
final class OffTheJobHours {

    static final LocalDate RULES_2022_FROM = LocalDate.of(2022, 8, 1);
    static final LocalDate RULES_2025_FROM = LocalDate.of(2025, 8, 1);
    static final BigDecimal FULL_TIME = BigDecimal.valueOf(30);
    static final double WEEKLY_HOURS_FULL_TIME = 6.0;
    static final double WORKING_WEEKS_A_YEAR = 52 - 5.6;
    static final double DAYS_A_YEAR = 365;
    static final int MINIMUM_HOURS_2025 = 187;
    static final int MINIMUM_DAYS_2025 = 242;
    /** Floating-point slack, so that exact arithmetic never rounds up a whole hour or day by accident. */
    private static final double SLACK = 1e-6;

    enum Rules { FROM_AUGUST_2022, FROM_AUGUST_2025 }

    /** Paid employment from {@code from} to {@code to} (both included); {@code weeklyHours} null when unknown. */
    record Period(LocalDate from, LocalDate to, BigDecimal weeklyHours) {

        long days() {
            return Math.max(0, ChronoUnit.DAYS.between(from, to) + 1);
        }
    }

    record PeriodMinimum(Period period, int hours) {
    }

    /** The minimum for the whole plan and for each employment period; the periods' hours add up to the total. */
    record Minimum(Rules rules, int hours, List<PeriodMinimum> periods) {
    }

    /** The rules for an apprenticeship that started on this day, or empty before 1 August 2022 (not calculated). */
    static Optional<Rules> rulesFor(LocalDate programmeStart) {
        if (programmeStart.isBefore(RULES_2022_FROM)) {
            return Optional.empty();
        }
        return Optional.of(programmeStart.isBefore(RULES_2025_FROM) ? Rules.FROM_AUGUST_2022 : Rules.FROM_AUGUST_2025);
    }

    static Minimum minimum(Rules rules, List<Period> periods) {
        List<PeriodMinimum> minimums = new ArrayList<>();
        if (rules == Rules.FROM_AUGUST_2022) {
            for (Period period : periods) {
                minimums.add(new PeriodMinimum(period, roundUp(hours2022(period))));
            }
        } else {
            long totalDays = periods.stream().mapToLong(Period::days).sum();
            int given = 0;
            for (int i = 0; i < periods.size(); i++) {
                Period period = periods.get(i);
                int hours = i == periods.size() - 1 ? MINIMUM_HOURS_2025 - given
                        : (int) Math.round(MINIMUM_HOURS_2025 * (double) period.days() / Math.max(1, totalDays));
                given += hours;
                minimums.add(new PeriodMinimum(period, hours));
            }
        }
        return new Minimum(rules, minimums.stream().mapToInt(PeriodMinimum::hours).sum(), List.copyOf(minimums));
    }

    /** 2022 rules: off-the-job hours a week for these paid hours (6, pro rata below 30). */
    static double weeklyRate(BigDecimal weeklyHours) {
        if (weeklyHours == null || weeklyHours.compareTo(FULL_TIME) >= 0) {
            return WEEKLY_HOURS_FULL_TIME;
        }
        return WEEKLY_HOURS_FULL_TIME * weeklyHours.doubleValue() / FULL_TIME.doubleValue();
    }

    /** 2022 rules, before rounding: the rate times the working weeks of the period (leave removed). */
    static double hours2022(Period period) {
        return weeklyRate(period.weeklyHours()) * period.days() / DAYS_A_YEAR * WORKING_WEEKS_A_YEAR;
    }

    /** 2022 rules: the days of learning it takes to deliver {@code hours} at the rate for these paid hours. */
    static long daysToDeliver(double hours, BigDecimal weeklyHours) {
        if (hours <= 0) {
            return 0;
        }
        return (long) Math.ceil(hours / weeklyRate(weeklyHours) / WORKING_WEEKS_A_YEAR * DAYS_A_YEAR - SLACK);
    }

    /**
     * The employment periods of a plan from {@code start} to {@code end}: the record in force at the start (the
     * latest from on or before it), then one period per record that starts inside the plan.
     */
    static List<Period> periods(LocalDate start, LocalDate end, List<LearnerState.Employment> records) {
        List<LearnerState.Employment> sorted = records.stream()
                .sorted(Comparator.comparing(LearnerState.Employment::dateEmpStatApp)).toList();
        BigDecimal hours = null;
        for (LearnerState.Employment record : sorted) {
            if (!record.dateEmpStatApp().isAfter(start)) {
                hours = record.weeklyHours();
            }
        }
        List<Period> periods = new ArrayList<>();
        LocalDate from = start;
        for (LearnerState.Employment record : sorted) {
            LocalDate changes = record.dateEmpStatApp();
            if (changes.isAfter(start) && !changes.isAfter(end)) {
                periods.add(new Period(from, changes.minusDays(1), hours));
                from = changes;
                hours = record.weeklyHours();
            }
        }
        periods.add(new Period(from, end, hours));
        return List.copyOf(periods);
    }

    /** The paid hours a week recorded on the day (the latest record from on or before it), null when unknown. */
    static BigDecimal hoursOn(LocalDate day, List<LearnerState.Employment> records) {
        return records.stream().filter(record -> !record.dateEmpStatApp().isAfter(day))
                .max(Comparator.comparing(LearnerState.Employment::dateEmpStatApp))
                .map(LearnerState.Employment::weeklyHours).orElse(null);
    }

    private static int roundUp(double hours) {
        return (int) Math.ceil(hours - SLACK);
    }

    private OffTheJobHours() {
    }
}
