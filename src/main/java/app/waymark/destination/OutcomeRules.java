package app.waymark.destination;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The ILR validation rules for a learner's outcome records (DOMAIN.md section 4), in plain English: codes that
 * exist, the same type not twice on one start date (EMP, GAP, NPE, OTH, SDE, VOL), at most two EDU on one start date,
 * EMP and NPE never on the same start date, end not before start, collection date not in the future, start no more
 * than 10 years before the teaching year.
 */
public final class OutcomeRules {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final Map<String, Set<Integer>> CODES = Map.of(
            "EDU", Set.of(1, 2, 3, 4, 5, 6),
            "EMP", Set.of(1, 2, 4, 5),
            "NPE", Set.of(1, 2),
            "GAP", Set.of(1),
            "VOL", Set.of(1),
            "SDE", Set.of(1, 2, 3, 4),
            "OTH", Set.of(1, 3, 4));
    private static final Set<String> ONCE_PER_START = Set.of("EMP", "GAP", "NPE", "OTH", "SDE", "VOL");

    public static boolean exists(String type, int code) {
        return CODES.getOrDefault(type, Set.of()).contains(code);
    }

    /** Every broken rule, as sentences a learner or staff member can act on; empty when all is well. */
    public static List<String> problems(List<Outcome> outcomes, LocalDate today, boolean highNeeds) {
        List<String> problems = new ArrayList<>();
        for (Outcome outcome : outcomes) {
            if (!exists(outcome.type(), outcome.code())) {
                problems.add(outcome.label() + " is not an outcome code"
                        + (outcome.label().equals("OTH-2") ? " (OTH-2 ended in 2015)." : "."));
            }
            if (outcome.type().equals("SDE") && !highNeeds) {
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
        }
        Map<LocalDate, List<Outcome>> byStart = outcomes.stream()
                .collect(Collectors.groupingBy(Outcome::startDate, TreeMap::new, Collectors.toList()));
        byStart.forEach((start, sameDay) -> {
            Map<String, Long> perType = sameDay.stream()
                    .collect(Collectors.groupingBy(Outcome::type, TreeMap::new, Collectors.counting()));
            perType.forEach((type, count) -> {
                if (ONCE_PER_START.contains(type) && count > 1) {
                    problems.add("There are " + count + " " + type + " outcomes starting on " + DAY.format(start)
                            + "; there can be only one.");
                }
            });
            if (perType.getOrDefault("EDU", 0L) > 2) {
                problems.add("There are " + perType.get("EDU") + " EDU outcomes starting on " + DAY.format(start)
                        + "; there can be at most two.");
            }
            if (perType.containsKey("EMP") && perType.containsKey("NPE")) {
                problems.add("Paid work (EMP) and not in paid work (NPE) cannot both start on " + DAY.format(start)
                        + ".");
            }
        });
        return problems;
    }

    /** The teaching (academic) year runs from 1 August to 31 July. */
    static LocalDate teachingYearStart(LocalDate date) {
        int year = date.getMonthValue() >= 8 ? date.getYear() : date.getYear() - 1;
        return LocalDate.of(year, 8, 1);
    }

    private OutcomeRules() {
    }
}
