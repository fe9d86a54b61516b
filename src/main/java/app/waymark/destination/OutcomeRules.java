package app.waymark.destination;

import app.waymark.base.Translatable;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
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

    /** Outcomes starting on one day that the ILR does not allow together: which types, and the rule broken. */
    public record Clash(LocalDate start, Set<OutcomeType> types, Translatable problem) {
    }

    public static boolean exists(OutcomeType type, int code) {
        return OutcomeCode.of(type, code).isPresent();
    }

    /** The latest start date a future outcome collected on {@code collected} may have: within the following year. */
    public static LocalDate latestFutureStart(LocalDate collected) {
        return collected.plusYears(1);
    }

    /** Every broken rule, as messages a learner or staff member can act on; empty when all is well. */
    public static List<Translatable> problems(List<Outcome> outcomes, LocalDate today, boolean highNeeds) {
        List<Translatable> problems = new ArrayList<>();
        for (Outcome outcome : outcomes) {
            OutcomeCode code = OutcomeCode.of(outcome.type(), outcome.code()).orElse(null);
            Date start = Translatable.day(outcome.startDate());
            if (code == null) {
                problems.add(DestinationError.NOT_AN_OUTCOME_CODE.with(outcome.label()));
            } else if (!code.validOn(outcome.startDate())) {
                problems.add(notValidOn(code, outcome.label(), start));
            }
            if (outcome.type() == OutcomeType.SDE && !highNeeds) {
                problems.add(DestinationError.SOCIAL_DESTINATIONS_FOR_HIGH_NEEDS_ONLY.with());
            }
            if (outcome.endDate() != null && outcome.endDate().isBefore(outcome.startDate())) {
                problems.add(DestinationError.ENDS_BEFORE_IT_STARTS.with(outcome.label(),
                        Translatable.day(outcome.endDate()), start));
            }
            Date collected = Translatable.day(outcome.collectionDate());
            if (outcome.collectionDate().isAfter(today)) {
                problems.add(DestinationError.COLLECTED_IN_FUTURE.with(collected));
            }
            LocalDate earliest = teachingYearStart(outcome.collectionDate()).minusYears(10);
            if (outcome.startDate().isBefore(earliest)) {
                problems.add(DestinationError.STARTS_OVER_TEN_YEARS_BEFORE.with(outcome.label(), start));
            }
            if (outcome.startDate().isAfter(latestFutureStart(outcome.collectionDate()))) {
                problems.add(DestinationError.STARTS_OVER_A_YEAR_AFTER_COLLECTION.with(outcome.label(), start,
                        collected));
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
            Date day = Translatable.day(start);
            perType.forEach((type, count) -> {
                if (type.mostPerStartDate() == 1 && count > 1) {
                    clashes.add(new Clash(start, Set.of(type),
                            DestinationError.SAME_TYPE_TWICE.with(count, type.name(), day)));
                }
            });
            if (perType.getOrDefault(OutcomeType.EDU, 0L) > OutcomeType.EDU.mostPerStartDate()) {
                clashes.add(new Clash(start, Set.of(OutcomeType.EDU),
                        DestinationError.MORE_THAN_TWO_EDU.with(perType.get(OutcomeType.EDU), day)));
            }
            if (perType.containsKey(OutcomeType.EMP) && perType.containsKey(OutcomeType.NPE)) {
                clashes.add(new Clash(start, Set.of(OutcomeType.EMP, OutcomeType.NPE),
                        DestinationError.EMP_AND_NPE_SAME_DAY.with(day)));
            }
        });
        return clashes;
    }

    /** A code used outside its valid dates, saying which dates those are. */
    private static Translatable notValidOn(OutcomeCode code, String label, Date start) {
        if (code.validTo() != null && code.validFrom() != null) {
            return DestinationError.CODE_VALID_BETWEEN.with(label, start, Translatable.day(code.validFrom()),
                    Translatable.day(code.validTo()));
        }
        return code.validTo() != null
                ? DestinationError.CODE_WITHDRAWN.with(label, start, Translatable.day(code.validTo()))
                : DestinationError.CODE_NOT_YET_VALID.with(label, start, Translatable.day(code.validFrom()));
    }

    /** The teaching (academic) year runs from 1 August to 31 July. */
    static LocalDate teachingYearStart(LocalDate date) {
        int year = date.getMonthValue() >= 8 ? date.getYear() : date.getYear() - 1;
        return LocalDate.of(year, 8, 1);
    }

    private OutcomeRules() {
    }
}
