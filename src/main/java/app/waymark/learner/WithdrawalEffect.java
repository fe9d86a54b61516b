package app.waymark.learner;

import app.waymark.base.InvalidInputException;
import app.waymark.base.Sentence;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The learner withdraws: open aims get CompStatus 3, LearnActEndDate the last day of learning, the WithdrawReason
 * and Outcome 3; an aim on a break that the learner never returned from is withdrawn too and keeps its actual end
 * date (the last day before the break). Withdrawn is the learner's lifecycle status only: early-leaver and
 * non-starter reporting is derived separately and nothing here marks the learner as either.
 */
@Component
class WithdrawalEffect implements ChangeEffect<RecordChange.Withdrawal> {

    private final AimQueries queries;
    private final Clock clock;

    WithdrawalEffect(AimQueries queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    @Override
    public Class<RecordChange.Withdrawal> kind() {
        return RecordChange.Withdrawal.class;
    }

    @Override
    public RecordChange.Withdrawal normalised(RecordChange.Withdrawal change) {
        if (change.lastDayOfLearning() == null) {
            throw new InvalidInputException("lastDayOfLearning", "Enter the last day of learning");
        }
        if (!RecordChange.Withdrawal.REASONS.contains(change.withdrawReason())) {
            throw new InvalidInputException("withdrawReason", "Choose an ILR withdrawal reason: one of "
                    + RecordChange.Withdrawal.REASONS.stream().map(String::valueOf).collect(Collectors.joining(", ")));
        }
        return change;
    }

    @Override
    public Map<String, String> touched(LearnerState state, RecordChange.Withdrawal change) {
        return EndingAims.touched(state);
    }

    @Override
    public ChangePlan plan(LearnerState state, RecordChange.Withdrawal change) {
        List<EndingAims.Ending> endings = endings(state, change);
        if (endings.isEmpty()) {
            return ChangePlan.blocked(Sentence.of("change.blocked.no-aim-to-withdraw"));
        }
        Optional<Sentence> blocker = EndingAims.lastDayBlocker(change.lastDayOfLearning(), state.openAims(),
                LocalDate.now(clock));
        if (blocker.isPresent()) {
            return ChangePlan.blocked(blocker.get());
        }
        List<Sentence> effects = new ArrayList<>();
        String reason = String.valueOf(change.withdrawReason());
        for (EndingAims.Ending ending : endings) {
            effects.add(ending.aim().open()
                    ? Sentence.of("change.effect.withdrawal-aim", ending.aim().record(),
                    IlrValues.date(change.lastDayOfLearning()), reason)
                    : Sentence.of("change.effect.withdrawal-break-aim", ending.aim().record(),
                    IlrValues.date(ending.aim().learnActEndDate()), reason));
        }
        EndingAims.statusAfter(state, EndingAims.aimsAfter(state, endings)).ifPresent(effects::add);
        effects.add(Sentence.of("change.effect.withdrawal-reporting"));
        return new ChangePlan(effects, EndingAims.fields(endings), List.of());
    }

    @Override
    public void apply(LearnerState state, RecordChange.Withdrawal change) {
        EndingAims.apply(queries, state.learner(), endings(state, change));
    }

    private static List<EndingAims.Ending> endings(LearnerState state, RecordChange.Withdrawal change) {
        return Stream.concat(
                state.openAims().stream().map(aim -> new EndingAims.Ending(aim, LearnerState.WITHDRAWN,
                        change.lastDayOfLearning(), change.withdrawReason(), BreakInLearningEffect.NO_ACHIEVEMENT)),
                state.aimsOnABreak().stream().map(aim -> new EndingAims.Ending(aim, LearnerState.WITHDRAWN, null,
                        change.withdrawReason(), BreakInLearningEffect.NO_ACHIEVEMENT))).toList();
    }
}
