package app.waymark.learner;

import app.waymark.base.InvalidInputException;
import app.waymark.base.Sentence;
import app.waymark.base.TimeOrderedIds;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The learner returns from their latest break: each aim on it restarts as a new aim from the restart date
 * (OrigLearnStartDate the first start, the restart FAM RES 1, a new AimSeqNumber, CompStatus 1), with a planned end
 * date that gives back the time the plan had left and, for an apprenticeship, still allows the minimum off-the-job
 * training ({@link OffTheJobHours}); staff may enter another. The aims on the break stay as they are.
 */
@Component
class ReturnToLearningEffect implements ChangeEffect<RecordChange.ReturnToLearning> {

    static final String RESTART_FAM = "RES";
    static final String RESTARTED = "1";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final AimQueries queries;
    private final Clock clock;

    ReturnToLearningEffect(AimQueries queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    private record Proposal(LocalDate end, List<Sentence> calculation) {
    }

    @Override
    public Class<RecordChange.ReturnToLearning> kind() {
        return RecordChange.ReturnToLearning.class;
    }

    @Override
    public RecordChange.ReturnToLearning normalised(RecordChange.ReturnToLearning change) {
        if (change.restartDate() == null) {
            throw new InvalidInputException("restartDate", "Enter the date the learner restarts");
        }
        if (change.plannedEndDate() != null && change.plannedEndDate().isBefore(change.restartDate())) {
            throw new InvalidInputException("plannedEndDate",
                    "The planned end date cannot be before the restart date");
        }
        return change;
    }

    @Override
    public Map<String, String> touched(LearnerState state, RecordChange.ReturnToLearning change) {
        return EndingAims.touched(state);
    }

    @Override
    public ChangePlan plan(LearnerState state, RecordChange.ReturnToLearning change) {
        List<LearnerState.Aim> onBreak = latestBreak(state);
        if (onBreak.isEmpty()) {
            return ChangePlan.blocked(Sentence.of("change.blocked.no-aim-on-a-break"));
        }
        LocalDate lastDay = onBreak.getFirst().learnActEndDate();
        LocalDate restart = change.restartDate();
        if (!restart.isAfter(lastDay)) {
            return ChangePlan.blocked(Sentence.of("change.blocked.restart-not-after-break", IlrValues.date(restart),
                    IlrValues.date(lastDay)));
        }
        if (restart.isAfter(LocalDate.now(clock))) {
            return ChangePlan.blocked(Sentence.of("change.blocked.restart-in-future", IlrValues.date(restart)));
        }
        List<Sentence> effects = new ArrayList<>();
        List<FieldChange> fields = new ArrayList<>();
        List<LearnerState.Aim> aimsAfter = new ArrayList<>(state.aims());
        int seq = state.nextAimSeqNumber();
        for (LearnerState.Aim original : onBreak) {
            Proposal proposal = proposal(state, original, restart);
            LocalDate end = change.plannedEndDate() != null ? change.plannedEndDate() : proposal.end();
            AimQueries.NewAim aim = restart(original, seq++, restart, end);
            String record = record(aim);
            effects.add(Sentence.of("change.effect.return-aim", record, IlrValues.date(restart),
                    IlrValues.date(aim.origLearnStartDate()), IlrValues.date(end), original.record()));
            effects.addAll(proposal.calculation());
            if (change.plannedEndDate() != null) {
                effects.add(Sentence.of("change.effect.return-chosen", record, IlrValues.date(end),
                        IlrValues.date(proposal.end())));
                if (end.isBefore(proposal.end())) {
                    effects.add(Sentence.of("change.effect.return-chosen-earlier", record));
                }
            }
            fields.addAll(fields(aim));
            aimsAfter.add(new LearnerState.Aim(aim.id(), aim.aimSeqNumber(), aim.learnAimRef(), aim.aimType(),
                    aim.learnStartDate(), aim.origLearnStartDate(), aim.learnPlanEndDate(), aim.fundModel(),
                    aim.progType(), aim.stdCode(), null, LearnerState.CONTINUING, null, null, null,
                    aim.famsJson()));
        }
        EndingAims.statusAfter(state, aimsAfter).ifPresent(effects::add);
        return new ChangePlan(effects, fields, List.of());
    }

    @Override
    public void apply(LearnerState state, RecordChange.ReturnToLearning change) {
        Learner learner = state.learner();
        List<AimQueries.NewAim> aims = new ArrayList<>();
        int seq = state.nextAimSeqNumber();
        for (LearnerState.Aim original : latestBreak(state)) {
            LocalDate end = change.plannedEndDate() != null ? change.plannedEndDate()
                    : proposal(state, original, change.restartDate()).end();
            aims.add(restart(original, seq++, change.restartDate(), end));
        }
        queries.rewrite(learner, () -> aims.forEach(aim -> queries.insert(learner.getTenantId(), learner.id(), aim)));
    }

    /** The aims of the learner's latest break that have not restarted yet, in AimSeqNumber order. */
    static List<LearnerState.Aim> latestBreak(LearnerState state) {
        List<LearnerState.Aim> onBreak = state.aimsOnABreak();
        Optional<LocalDate> latest = onBreak.stream().map(LearnerState.Aim::learnActEndDate)
                .max(Comparator.naturalOrder());
        return onBreak.stream().filter(aim -> aim.learnActEndDate().equals(latest.orElseThrow()))
                .sorted(Comparator.comparingInt(LearnerState.Aim::aimSeqNumber)).toList();
    }

    /**
     * The planned end date that gives back the days the plan had left after the last day of learning, counted from
     * the restart; for an apprenticeship, later if the off-the-job minimum needs more time (2022 rules: the hours
     * still due at the rate the paid hours at the restart allow; 2025 rules: 8 months in learning).
     */
    private static Proposal proposal(LearnerState state, LearnerState.Aim aim, LocalDate restart) {
        LocalDate lastDay = aim.learnActEndDate();
        long left = Math.max(0, ChronoUnit.DAYS.between(lastDay, aim.learnPlanEndDate()));
        LocalDate end = endAfter(restart, left);
        List<Sentence> calculation = new ArrayList<>();
        calculation.add(Sentence.of("change.effect.return-plan", aim.record(), String.valueOf(left),
                IlrValues.date(aim.learnPlanEndDate()), IlrValues.date(lastDay), IlrValues.date(restart),
                IlrValues.date(end)));
        if (!aim.apprenticeship()) {
            return new Proposal(end, calculation);
        }
        Optional<OffTheJobHours.Rules> rules = OffTheJobHours.rulesFor(aim.firstStart());
        LocalDate needed;
        if (rules.isEmpty()) {
            calculation.add(Sentence.of("change.effect.otj-not-calculated", aim.record(),
                    IlrValues.date(aim.firstStart())));
            return new Proposal(end, calculation);
        } else if (rules.get() == OffTheJobHours.Rules.FROM_AUGUST_2022) {
            double due = left == 0 ? 0 : OffTheJobHours.hours2022(new OffTheJobHours.Period(lastDay.plusDays(1),
                    aim.learnPlanEndDate(), OffTheJobHours.hoursOn(lastDay, state.employment())));
            BigDecimal hoursNow = OffTheJobHours.hoursOn(restart, state.employment());
            long days = OffTheJobHours.daysToDeliver(due, hoursNow);
            needed = endAfter(restart, days);
            String dueHours = String.valueOf((long) Math.ceil(due - 1e-6));
            calculation.add(hoursNow == null
                    ? Sentence.of("change.effect.return-otj-unrecorded", aim.record(), dueHours,
                    String.valueOf(days), IlrValues.date(needed))
                    : Sentence.of("change.effect.return-otj", aim.record(), dueHours,
                    EmployerChangeEffect.hours(hoursNow), String.valueOf(days), IlrValues.date(needed)));
        } else {
            long before = ChronoUnit.DAYS.between(aim.learnStartDate(), lastDay) + 1;
            long after = Math.max(0, OffTheJobHours.MINIMUM_DAYS_2025 - before);
            needed = endAfter(restart, after);
            calculation.add(Sentence.of("change.effect.return-duration", aim.record(), String.valueOf(before),
                    String.valueOf(after), IlrValues.date(needed)));
        }
        if (needed.isAfter(end)) {
            calculation.add(Sentence.of("change.effect.return-extended", aim.record(), IlrValues.date(needed)));
            return new Proposal(needed, calculation);
        }
        return new Proposal(end, calculation);
    }

    /** The last of {@code days} days of learning from {@code start} (the start itself when none). */
    private static LocalDate endAfter(LocalDate start, long days) {
        return days <= 1 ? start : start.plusDays(days - 1);
    }

    private static AimQueries.NewAim restart(LearnerState.Aim original, int seq, LocalDate restart, LocalDate end) {
        return new AimQueries.NewAim(TimeOrderedIds.next(), seq, original.learnAimRef(), original.aimType(), restart,
                original.firstStart(), end, original.fundModel(), original.progType(), original.stdCode(),
                fams(original.fams(), restart));
    }

    /** How staff find the new aim in their MIS, e.g. "New aim 5 ZPROG001". */
    private static String record(AimQueries.NewAim aim) {
        return "New aim " + aim.aimSeqNumber() + " " + aim.learnAimRef();
    }

    /**
     * The new aim's FAMs: those of the original still in force (no DateTo), any DateFrom moved to the restart, plus
     * RES 1; not an earlier RES again.
     */
    static String fams(String originalJson, LocalDate restart) {
        List<Map<String, Object>> original = originalJson == null || originalJson.isBlank() ? List.of()
                : JSON.readValue(originalJson, new TypeReference<List<Map<String, Object>>>() {
                });
        List<Map<String, Object>> fams = new ArrayList<>();
        for (Map<String, Object> fam : original) {
            if (fam.get("dateTo") != null || RESTART_FAM.equals(fam.get("type"))) {
                continue;
            }
            Map<String, Object> copy = new LinkedHashMap<>(fam);
            if (copy.get("dateFrom") != null) {
                copy.put("dateFrom", restart.toString());
            }
            fams.add(copy);
        }
        Map<String, Object> res = new LinkedHashMap<>();
        res.put("type", RESTART_FAM);
        res.put("code", RESTARTED);
        res.put("dateFrom", null);
        res.put("dateTo", null);
        fams.add(res);
        return JSON.writeValueAsString(fams);
    }

    private static List<FieldChange> fields(AimQueries.NewAim aim) {
        String record = record(aim);
        List<FieldChange> fields = new ArrayList<>();
        fields.add(new FieldChange(record, "LearnAimRef", null, aim.learnAimRef()));
        fields.add(new FieldChange(record, "AimType", null, String.valueOf(aim.aimType())));
        fields.add(new FieldChange(record, "AimSeqNumber", null, String.valueOf(aim.aimSeqNumber())));
        fields.add(new FieldChange(record, "LearnStartDate", null, IlrValues.date(aim.learnStartDate())));
        fields.add(new FieldChange(record, "OrigLearnStartDate", null, IlrValues.date(aim.origLearnStartDate())));
        fields.add(new FieldChange(record, "LearnPlanEndDate", null, IlrValues.date(aim.learnPlanEndDate())));
        fields.add(new FieldChange(record, "FundModel", null, String.valueOf(aim.fundModel())));
        if (aim.progType() != null) {
            fields.add(new FieldChange(record, "ProgType", null, String.valueOf(aim.progType())));
        }
        if (aim.stdCode() != null) {
            fields.add(new FieldChange(record, "StdCode", null, String.valueOf(aim.stdCode())));
        }
        fields.add(new FieldChange(record, "CompStatus", null, String.valueOf(LearnerState.CONTINUING)));
        fields.add(new FieldChange(record, "LearningDeliveryFAM " + RESTART_FAM, null, RESTARTED));
        return fields;
    }
}
