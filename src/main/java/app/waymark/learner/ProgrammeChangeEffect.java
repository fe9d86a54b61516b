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

/**
 * The open aims end: CompStatus 3, WithdrawReason 40 (transferred to a new aim with the same provider), Outcome 3,
 * LearnActEndDate the last day of learning. Staff enrol the learner on the new programme in their MIS; the next
 * import brings it in.
 */
@Component
class ProgrammeChangeEffect implements ChangeEffect<RecordChange.ProgrammeChange> {

    static final int TRANSFERRED_TO_A_NEW_AIM = 40;

    private final AimQueries queries;
    private final Clock clock;

    ProgrammeChangeEffect(AimQueries queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    @Override
    public Class<RecordChange.ProgrammeChange> kind() {
        return RecordChange.ProgrammeChange.class;
    }

    @Override
    public RecordChange.ProgrammeChange normalised(RecordChange.ProgrammeChange change) {
        if (change.lastDayOfLearning() == null) {
            throw new InvalidInputException("lastDayOfLearning",
                    "Enter the last day of learning on the current programme");
        }
        String programme = IlrValues.blankToNull(change.newProgramme());
        if (programme == null || programme.length() > 200) {
            throw new InvalidInputException("newProgramme",
                    "Name the new programme the learner moves to (at most 200 characters)");
        }
        return new RecordChange.ProgrammeChange(change.lastDayOfLearning(), programme);
    }

    @Override
    public Map<String, String> touched(LearnerState state, RecordChange.ProgrammeChange change) {
        return EndingAims.touched(state);
    }

    @Override
    public ChangePlan plan(LearnerState state, RecordChange.ProgrammeChange change) {
        List<EndingAims.Ending> endings = endings(state, change);
        if (endings.isEmpty()) {
            return ChangePlan.blocked(Sentence.of("change.blocked.no-open-aim"));
        }
        Optional<Sentence> blocker = EndingAims.lastDayBlocker(change.lastDayOfLearning(),
                endings.stream().map(EndingAims.Ending::aim).toList(), LocalDate.now(clock));
        if (blocker.isPresent()) {
            return ChangePlan.blocked(blocker.get());
        }
        List<Sentence> effects = new ArrayList<>();
        String lastDay = IlrValues.date(change.lastDayOfLearning());
        endings.forEach(ending -> effects.add(Sentence.of("change.effect.programme-change-aim",
                ending.aim().record(), lastDay)));
        EndingAims.statusAfter(state, EndingAims.aimsAfter(state, endings)).ifPresent(effects::add);
        effects.add(Sentence.of("change.effect.programme-change-next", change.newProgramme()));
        return new ChangePlan(effects, EndingAims.fields(endings), List.of());
    }

    @Override
    public void apply(LearnerState state, RecordChange.ProgrammeChange change) {
        EndingAims.apply(queries, state.learner(), endings(state, change));
    }

    private static List<EndingAims.Ending> endings(LearnerState state, RecordChange.ProgrammeChange change) {
        return state.openAims().stream().map(aim -> new EndingAims.Ending(aim, LearnerState.WITHDRAWN,
                change.lastDayOfLearning(), TRANSFERRED_TO_A_NEW_AIM, BreakInLearningEffect.NO_ACHIEVEMENT))
                .toList();
    }
}
