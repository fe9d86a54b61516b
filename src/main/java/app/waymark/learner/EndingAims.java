package app.waymark.learner;

import app.waymark.base.Sentence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What the programme-status changes share: aims ending (or going on a break) field by field, the checks on the last
 * day of learning, the values a tracker is raised against, and the learner's status afterwards.
 */
final class EndingAims {

    /** How one aim ends: its CompStatus, LearnActEndDate (null keeps the one it has), WithdrawReason, Outcome. */
    record Ending(LearnerState.Aim aim, int compStatus, LocalDate learnActEndDate, Integer withdrawReason,
                  int outcome) {

        LearnerState.Aim after() {
            return aim.ended(compStatus, learnActEndDate, withdrawReason, outcome);
        }

        List<FieldChange> fields() {
            LearnerState.Aim after = after();
            List<FieldChange> fields = new ArrayList<>();
            changed(fields, "CompStatus", aim.compStatus(), after.compStatus());
            changed(fields, "LearnActEndDate", IlrValues.date(aim.learnActEndDate()),
                    IlrValues.date(after.learnActEndDate()));
            changed(fields, "WithdrawReason", aim.withdrawReason(), after.withdrawReason());
            changed(fields, "Outcome", aim.outcome(), after.outcome());
            return fields;
        }

        private void changed(List<FieldChange> fields, String field, Object before, Object after) {
            if (!Objects.equals(before, after)) {
                fields.add(new FieldChange(aim.record(), field, before == null ? null : before.toString(),
                        after == null ? null : after.toString()));
            }
        }
    }

    /** Every aim's CompStatus and LearnActEndDate: what a programme-status change depends on. */
    static Map<String, String> touched(LearnerState state) {
        Map<String, String> values = new LinkedHashMap<>();
        for (LearnerState.Aim aim : state.aims()) {
            values.put(aim.record() + " CompStatus", String.valueOf(aim.compStatus()));
            values.put(aim.record() + " LearnActEndDate", IlrValues.date(aim.learnActEndDate()));
        }
        return values;
    }

    /** The last day of learning must have come, and no aim that ends on it may start after it. */
    static Optional<Sentence> lastDayBlocker(LocalDate lastDay, List<LearnerState.Aim> ending, LocalDate today) {
        if (lastDay.isAfter(today)) {
            return Optional.of(Sentence.of("change.blocked.last-day-in-future", IlrValues.date(lastDay)));
        }
        return ending.stream().filter(aim -> aim.learnStartDate().isAfter(lastDay)).findFirst()
                .map(aim -> Sentence.of("change.blocked.last-day-before-start", IlrValues.date(lastDay),
                        aim.record(), IlrValues.date(aim.learnStartDate())));
    }

    static List<FieldChange> fields(List<Ending> endings) {
        return endings.stream().flatMap(ending -> ending.fields().stream()).toList();
    }

    /** The learner's aims once these have ended. */
    static List<LearnerState.Aim> aimsAfter(LearnerState state, List<Ending> endings) {
        Map<LearnerState.Aim, LearnerState.Aim> ended = new IdentityHashMap<>();
        endings.forEach(ending -> ended.put(ending.aim(), ending.after()));
        return state.aims().stream().map(aim -> ended.getOrDefault(aim, aim)).toList();
    }

    /** "The learner's programme status becomes ...", when the aims after the change give another status. */
    static Optional<Sentence> statusAfter(LearnerState state, List<LearnerState.Aim> aimsAfter) {
        ProgrammeStatusRule.Derived after = LearnerState.derived(aimsAfter);
        ProgrammeStatusRule.Derived before = LearnerState.derived(state.aims());
        if (after.equals(before)) {
            return Optional.empty();
        }
        return Optional.of(after.leavingDate() == null
                ? Sentence.of("change.effect.status." + after.status().name())
                : Sentence.of("change.effect.status." + after.status().name(), IlrValues.date(after.leavingDate())));
    }

    static void apply(AimQueries queries, Learner learner, List<Ending> endings) {
        queries.rewrite(learner, () -> endings.forEach(ending -> queries.end(ending.aim().id(),
                ending.compStatus(), ending.learnActEndDate(), ending.withdrawReason(), ending.outcome())));
    }

    private EndingAims() {
    }
}
