package app.waymark.ilr.reader;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What one ILR year accepts where years differ: its funding models, whether learners carry ContactPreference, and
 * the codes the year's specification removed. Each year is one definition below, written as the previous year plus
 * its summary of changes, so a new year is a new definition and its tests (decision 0026).
 *
 * @param firstDay                 1 August of the year
 * @param fundModels               the FundModel codes a learning aim may have
 * @param contactPreferences       whether the Learner entity has ContactPreference (removed in 2025-26)
 * @param removedFamTypes          LearningDeliveryFAM types the year no longer has
 * @param removedFamCodes          LearningDeliveryFAM codes the year no longer has, by type
 * @param removedMonitoringCodes   EmploymentStatusMonitoring codes the year no longer has, by ESMType
 * @param removedLlddCategories    LLDDandHealthProblem categories the year no longer has
 * @param niNumberFundModels       funding models whose learners must have a NINumber
 */
public record IlrYearRules(LocalDate firstDay, List<Integer> fundModels, boolean contactPreferences,
                           Set<String> removedFamTypes, Map<String, Set<String>> removedFamCodes,
                           Map<String, Set<Integer>> removedMonitoringCodes, Set<Integer> removedLlddCategories,
                           Set<Integer> niNumberFundModels) {

    /** 2023-24, the first year the portal reads: the baseline the later years change. */
    static final IlrYearRules Y2023_24 = new IlrYearRules(LocalDate.of(2023, 8, 1),
            List.of(10, 11, 25, 35, 36, 37, 38, 70, 81, 82, 99), true, Set.of(), Map.of(), Map.of(), Set.of(),
            Set.of());

    static final IlrYearRules Y2024_25 = Y2023_24.nextYear();

    /** 2025-26 removed ContactPreference from the Learner entity. */
    static final IlrYearRules Y2025_26 = Y2024_25.nextYear().withoutContactPreferences();

    /**
     * 2026-27 (summary of changes, version 1, 30 January 2026): funding model 39 (Growth and Skills Short Course
     * Offer) is new; funding model 10 (Community Learning) and its provision type ASL are gone, and so is
     * local-authority community learning (source of funding 108); the EII codes 1-4 and LLDD categories 1-3, long
     * closed, are removed; Skills Bootcamp (37) learners need a NINumber. AFL is redefined (Tailored Learning which
     * is family learning) with no change to its code. Funding model 70 (ESF), absent from the funder's list since
     * 2024-25, is not accepted either.
     */
    static final IlrYearRules Y2026_27 = Y2025_26.nextYear()
            .withFundModels(List.of(11, 25, 35, 36, 37, 38, 39, 81, 82, 99))
            .withoutFamType("ASL")
            .withoutFamCode("SOF", "108")
            .withoutMonitoringCodes("EII", 1, 2, 3, 4)
            .withoutLlddCategories(1, 2, 3)
            .withNiNumberRequiredFor(37);

    /** The same rules a year later; what changed is added with the {@code with...} methods. */
    IlrYearRules nextYear() {
        return new IlrYearRules(firstDay.plusYears(1), fundModels, contactPreferences, removedFamTypes,
                removedFamCodes, removedMonitoringCodes, removedLlddCategories, niNumberFundModels);
    }

    IlrYearRules withFundModels(List<Integer> codes) {
        return new IlrYearRules(firstDay, List.copyOf(codes), contactPreferences, removedFamTypes, removedFamCodes,
                removedMonitoringCodes, removedLlddCategories, niNumberFundModels);
    }

    IlrYearRules withoutContactPreferences() {
        return new IlrYearRules(firstDay, fundModels, false, removedFamTypes, removedFamCodes,
                removedMonitoringCodes, removedLlddCategories, niNumberFundModels);
    }

    IlrYearRules withoutFamType(String type) {
        return new IlrYearRules(firstDay, fundModels, contactPreferences, plus(removedFamTypes, type),
                removedFamCodes, removedMonitoringCodes, removedLlddCategories, niNumberFundModels);
    }

    IlrYearRules withoutFamCode(String type, String code) {
        return new IlrYearRules(firstDay, fundModels, contactPreferences, removedFamTypes,
                plus(removedFamCodes, type, Set.of(code)), removedMonitoringCodes, removedLlddCategories,
                niNumberFundModels);
    }

    IlrYearRules withoutMonitoringCodes(String esmType, Integer... codes) {
        return new IlrYearRules(firstDay, fundModels, contactPreferences, removedFamTypes, removedFamCodes,
                plus(removedMonitoringCodes, esmType, Set.of(codes)), removedLlddCategories, niNumberFundModels);
    }

    IlrYearRules withoutLlddCategories(Integer... categories) {
        return new IlrYearRules(firstDay, fundModels, contactPreferences, removedFamTypes, removedFamCodes,
                removedMonitoringCodes, union(removedLlddCategories, Set.of(categories)), niNumberFundModels);
    }

    IlrYearRules withNiNumberRequiredFor(Integer fundModel) {
        return new IlrYearRules(firstDay, fundModels, contactPreferences, removedFamTypes, removedFamCodes,
                removedMonitoringCodes, removedLlddCategories, union(niNumberFundModels, Set.of(fundModel)));
    }

    /** Whether {@code day} falls in this year (1 August to 31 July). */
    boolean contains(LocalDate day) {
        return !day.isBefore(firstDay) && day.isBefore(firstDay.plusYears(1));
    }

    boolean famRemoved(String type, String code) {
        return removedFamTypes.contains(type) || removedFamCodes.getOrDefault(type, Set.of()).contains(code);
    }

    boolean monitoringCodeRemoved(String esmType, int code) {
        return removedMonitoringCodes.getOrDefault(esmType, Set.of()).contains(code);
    }

    private static <T> Set<T> union(Set<T> a, Set<T> b) {
        return Stream.concat(a.stream(), b.stream()).collect(Collectors.toUnmodifiableSet());
    }

    private static Set<String> plus(Set<String> set, String value) {
        return union(set, Set.of(value));
    }

    private static <T> Map<String, Set<T>> plus(Map<String, Set<T>> map, String key, Set<T> values) {
        return Stream.concat(map.entrySet().stream().filter(e -> !e.getKey().equals(key)),
                        Stream.of(Map.entry(key, union(map.getOrDefault(key, Set.of()), values))))
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
