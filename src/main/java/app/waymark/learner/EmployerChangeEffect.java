package app.waymark.learner;

import app.waymark.base.InvalidInputException;
import app.waymark.base.Sentence;
import app.waymark.base.TimeOrderedIds;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A new employer: a new employment status record from the change date (EmpStat 10, the employer's EmpId, the paid
 * hours a week); the earlier records stay. The preview recomputes the minimum off-the-job hours of the open
 * apprenticeship per employment period ({@link OffTheJobHours}).
 */
@Component
class EmployerChangeEffect implements ChangeEffect<RecordChange.EmployerChange> {

    static final int PAID_EMPLOYMENT = 10;
    private static final BigDecimal MOST_HOURS = BigDecimal.valueOf(99);

    private final AimQueries queries;

    EmployerChangeEffect(AimQueries queries) {
        this.queries = queries;
    }

    @Override
    public Class<RecordChange.EmployerChange> kind() {
        return RecordChange.EmployerChange.class;
    }

    @Override
    public RecordChange.EmployerChange normalised(RecordChange.EmployerChange change) {
        if (change.from() == null) {
            throw new InvalidInputException("from", "Enter the date the learner started with the new employer");
        }
        if (change.empId() < 100_000_000L || change.empId() > RecordChange.EmployerChange.NOT_ON_EDS) {
            throw new InvalidInputException("empId", "Enter the employer's 9-digit Employer Data Service number,"
                    + " or 999999999 when the employer is not on it");
        }
        BigDecimal hours = change.weeklyHours();
        if (hours == null || hours.signum() <= 0 || hours.compareTo(MOST_HOURS) > 0
                || hours.stripTrailingZeros().scale() > 2) {
            throw new InvalidInputException("weeklyHours",
                    "Enter the paid hours a week with the new employer, more than 0 and at most 99");
        }
        return new RecordChange.EmployerChange(change.from(), change.empId(),
                hours.setScale(2, RoundingMode.UNNECESSARY));
    }

    /** Each employment record by its date: what a new record must come after. */
    @Override
    public Map<String, String> touched(LearnerState state, RecordChange.EmployerChange change) {
        Map<String, String> values = new LinkedHashMap<>();
        for (LearnerState.Employment record : state.employment()) {
            values.put(record(record.dateEmpStatApp()) + " EmpStat/EmpId", record.empStat() + "/"
                    + IlrValues.orNone(record.empId() == null ? null : record.empId().toString()));
        }
        return values;
    }

    @Override
    public ChangePlan plan(LearnerState state, RecordChange.EmployerChange change) {
        Optional<LearnerState.Employment> latest = state.employment().stream()
                .max(Comparator.comparing(LearnerState.Employment::dateEmpStatApp));
        if (latest.isPresent() && !change.from().isAfter(latest.get().dateEmpStatApp())) {
            return ChangePlan.blocked(Sentence.of("change.blocked.employment-not-after-latest",
                    IlrValues.date(change.from()), IlrValues.date(latest.get().dateEmpStatApp())));
        }
        String from = IlrValues.date(change.from());
        String hours = hours(change.weeklyHours());
        List<Sentence> effects = new ArrayList<>();
        effects.add(change.empId() == RecordChange.EmployerChange.NOT_ON_EDS
                ? Sentence.of("change.effect.employment-not-on-eds", from, hours)
                : Sentence.of("change.effect.employment", from, String.valueOf(change.empId()), hours));
        latest.ifPresent(record -> effects.add(Sentence.of("change.effect.employment-kept",
                IlrValues.date(record.dateEmpStatApp()))));
        effects.addAll(offTheJob(state, change));
        String record = record(change.from());
        List<FieldChange> fields = List.of(
                new FieldChange(record, "EmpStat", null, String.valueOf(PAID_EMPLOYMENT)),
                new FieldChange(record, "DateEmpStatApp", null, from),
                new FieldChange(record, "EmpId", null, String.valueOf(change.empId())));
        return new ChangePlan(effects, fields, List.of());
    }

    @Override
    public void apply(LearnerState state, RecordChange.EmployerChange change) {
        Learner learner = state.learner();
        queries.insertEmployment(learner.getTenantId(), TimeOrderedIds.next(), learner.id(), change.from(),
                PAID_EMPLOYMENT, change.empId(), change.weeklyHours());
    }

    /** The open apprenticeship's minimum off-the-job hours with the new record, period by period. */
    private static List<Sentence> offTheJob(LearnerState state, RecordChange.EmployerChange change) {
        Optional<LearnerState.Aim> apprenticeship = state.openAims().stream()
                .filter(LearnerState.Aim::apprenticeship)
                .min(Comparator.comparing((LearnerState.Aim aim) -> aim.aimType() != 1)
                        .thenComparing(LearnerState.Aim::aimSeqNumber));
        if (apprenticeship.isEmpty()) {
            return List.of(Sentence.of("change.effect.otj-no-apprenticeship"));
        }
        LearnerState.Aim aim = apprenticeship.get();
        Optional<OffTheJobHours.Rules> rules = OffTheJobHours.rulesFor(aim.firstStart());
        if (rules.isEmpty()) {
            return List.of(Sentence.of("change.effect.otj-not-calculated", aim.record(),
                    IlrValues.date(aim.firstStart())));
        }
        List<LearnerState.Employment> records = new ArrayList<>(state.employment());
        records.add(new LearnerState.Employment(null, change.from(), PAID_EMPLOYMENT, change.empId(),
                change.weeklyHours()));
        OffTheJobHours.Minimum minimum = OffTheJobHours.minimum(rules.get(),
                OffTheJobHours.periods(aim.learnStartDate(), aim.learnPlanEndDate(), records));
        List<Sentence> sentences = new ArrayList<>();
        sentences.add(Sentence.of(rules.get() == OffTheJobHours.Rules.FROM_AUGUST_2022
                ? "change.effect.otj-minimum-2022" : "change.effect.otj-minimum-2025",
                aim.record(), String.valueOf(minimum.hours())));
        int number = 1;
        for (OffTheJobHours.PeriodMinimum period : minimum.periods()) {
            String n = String.valueOf(number++);
            String start = IlrValues.date(period.period().from());
            String end = IlrValues.date(period.period().to());
            String due = String.valueOf(period.hours());
            sentences.add(period.period().weeklyHours() == null
                    ? Sentence.of("change.effect.otj-period-unrecorded", n, start, end, due)
                    : Sentence.of("change.effect.otj-period", n, start, end, hours(period.period().weeklyHours()),
                    due));
        }
        return sentences;
    }

    static String hours(BigDecimal hours) {
        return hours.stripTrailingZeros().toPlainString();
    }

    private static String record(LocalDate from) {
        return "Employment status from " + IlrValues.date(from);
    }
}
