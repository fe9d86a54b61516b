package app.waymark.destination;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The ILR validation rules for a learner's outcome records (DOMAIN.md section 4), in plain English: codes that
 * exist and are valid on the outcome's start date ({@link OutcomeCode}), the same type not twice on one start date
 * (EMP, GAP, NPE, OTH, SDE, VOL), at most two EDU on one start date, EMP and NPE never on the same start date, end
 * not before start, collection date not in the future, start no more than 10 years before the teaching year and no
 * more than a year after the collection date (a future outcome with a definite start date, decision 0046).
 */
public final class OutcomeRules {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    /** Outcomes starting on one day that the ILR does not allow together: which types, and the rule in words. */
    public record Clash(LocalDate start, Set<OutcomeType> types, String problem) {
    }

    public static boolean exists(OutcomeType type, int code) {
        return OutcomeCode.of(type, code).isPresent();
    }

    /** The latest start date a future outcome collected on {@code collected} may have: within the following year. */
    public static LocalDate latestFutureStart(LocalDate collected) {
        return collected.plusYears(1);
    }

    /** Every broken rule, as sentences a learner or staff member can act on; empty when all is well. */
    public static List<String> problems(List<Outcome> outcomes, LocalDate today, boolean highNeeds) {
        List<String> problems = new ArrayList<>();
        for (Outcome outcome : outcomes) {
            OutcomeCode code = OutcomeCode.of(outcome.type(), outcome.code()).orElse(null);
            if (code == null) {
                problems.add(outcome.label() + " is not an outcome code.");
            } else if (!code.validOn(outcome.startDate())) {
                problems.add(outcome.label() + " is not valid for an outcome starting on "
                        + DAY.format(outcome.startDate()) + validity(code) + ".");
            }
            if (outcome.type() == OutcomeType.SDE && !highNeeds) {
                problems.add("Social destinations (SDE) are only for high-needs learners aged 16 to 19.");
            }
            if (outcome.endDate() != null && outcome.endDate().isBefore(outcome.startDate())) {
                problems.add(outcome.label() + " ends (" + DAY.format(outcome.endDate()) + ") before it starts ("
                        + DAY.format(outcome.startDate()) + ").");
            }
            if (outcome.collectionDate().isAfter(today)) {
                problems.add("The collection date " + DAY.format(outcome.collectionDate()) + " is in the future.");
            }
            LocalDate earliest = teachingYearStart(outcome.collectionDate()).minusYears(10);
            if (outcome.startDate().isBefore(earliest)) {
                problems.add(outcome.label() + " starts on " + DAY.format(outcome.startDate())
                        + ", more than 10 years before the teaching year.");
            }
            if (outcome.startDate().isAfter(latestFutureStart(outcome.collectionDate()))) {
                problems.add(outcome.label() + " starts on " + DAY.format(outcome.startDate()) + ", more than a year"
                        + " after it was collected (" + DAY.format(outcome.collectionDate()) + "): record a future"
                        + " outcome only when it has a definite start date within the following year.");
            }
        }
        sameDayClashes(outcomes).forEach(clash -> problems.add(clash.problem()));
        return problems;
    }

    /** Outcomes that share a start date the ILR does not allow together, earliest start first. */
    public static List<Clash> sameDayClashes(List<Outcome> outcomes) {
        List<Clash> clashes = new ArrayList<>();
        Map<LocalDate, List<Outcome>> byStart = outcomes.stream()
                .collect(Collectors.groupingBy(Outcome::startDate, TreeMap::new, Collectors.toList()));
        byStart.forEach((start, sameDay) -> {
            Map<OutcomeType, Long> perType = sameDay.stream().collect(Collectors.groupingBy(Outcome::type,
                    () -> new TreeMap<>(Comparator.comparing(OutcomeType::name)), Collectors.counting()));
            perType.forEach((type, count) -> {
                if (type.mostPerStartDate() == 1 && count > 1) {
                    clashes.add(new Clash(start, Set.of(type), "There are " + count + " " + type
                            + " outcomes starting on " + DAY.format(start) + "; there can be only one."));
                }
            });
            if (perType.getOrDefault(OutcomeType.EDU, 0L) > OutcomeType.EDU.mostPerStartDate()) {
                clashes.add(new Clash(start, Set.of(OutcomeType.EDU), "There are " + perType.get(OutcomeType.EDU)
                        + " EDU outcomes starting on " + DAY.format(start) + "; there can be at most two."));
            }
            if (perType.containsKey(OutcomeType.EMP) && perType.containsKey(OutcomeType.NPE)) {
                clashes.add(new Clash(start, Set.of(OutcomeType.EMP, OutcomeType.NPE),
                        "Paid work (EMP) and not in paid work (NPE)"
                        + " cannot both start on " + DAY.format(start) + "."));
            }
        });
        return clashes;
    }

    private static String validity(OutcomeCode code) {
        if (code.validTo() != null && code.validFrom() != null) {
            return " (it is valid from " + DAY.format(code.validFrom()) + " to " + DAY.format(code.validTo()) + ")";
        }
        return code.validTo() != null ? " (it was withdrawn after " + DAY.format(code.validTo()) + ")"
                : " (it is valid from " + DAY.format(code.validFrom()) + ")";
    }

    /** The teaching (academic) year runs from 1 August to 31 July. */
    static LocalDate teachingYearStart(LocalDate date) {
        int year = date.getMonthValue() >= 8 ? date.getYear() : date.getYear() - 1;
        return LocalDate.of(year, 8, 1);
    }

    private OutcomeRules() {
    }
}
