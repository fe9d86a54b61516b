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

/** Every open aim goes on a break: CompStatus 6, LearnActEndDate the last day of learning, Outcome 3. */
@Component
class BreakInLearningEffect implements ChangeEffect<RecordChange.BreakInLearning> {

    static final int NO_ACHIEVEMENT = 3;

    private final AimQueries queries;
    private final Clock clock;

    BreakInLearningEffect(AimQueries queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    @Override
    public Class<RecordChange.BreakInLearning> kind() {
        return RecordChange.BreakInLearning.class;
    }

    @Override
    public RecordChange.BreakInLearning normalised(RecordChange.BreakInLearning change) {
        if (change.lastDayOfLearning() == null) {
            throw new InvalidInputException("lastDayOfLearning", "Enter the last day of learning before the break");
        }
        return change;
    }

    @Override
    public Map<String, String> touched(LearnerState state, RecordChange.BreakInLearning change) {
        return EndingAims.touched(state);
    }

    @Override
    public ChangePlan plan(LearnerState state, RecordChange.BreakInLearning change) {
        List<EndingAims.Ending> endings = endings(state, change);
        if (endings.isEmpty()) {
            return ChangePlan.blocked(Sentence.of("change.blocked.no-open-aim-for-break"));
        }
        Optional<Sentence> blocker = EndingAims.lastDayBlocker(change.lastDayOfLearning(),
                endings.stream().map(EndingAims.Ending::aim).toList(), LocalDate.now(clock));
        if (blocker.isPresent()) {
            return ChangePlan.blocked(blocker.get());
        }
        List<Sentence> effects = new ArrayList<>();
        String lastDay = IlrValues.date(change.lastDayOfLearning());
        endings.forEach(ending -> effects.add(Sentence.of("change.effect.break-aim", ending.aim().record(), lastDay)));
        EndingAims.statusAfter(state, EndingAims.aimsAfter(state, endings)).ifPresent(effects::add);
        return new ChangePlan(effects, EndingAims.fields(endings), List.of());
    }

    @Override
    public void apply(LearnerState state, RecordChange.BreakInLearning change) {
        EndingAims.apply(queries, state.learner(), endings(state, change));
    }

    private static List<EndingAims.Ending> endings(LearnerState state, RecordChange.BreakInLearning change) {
        return state.openAims().stream().map(aim -> new EndingAims.Ending(aim, LearnerState.BREAK_IN_LEARNING,
                change.lastDayOfLearning(), null, NO_ACHIEVEMENT)).toList();
    }
}
