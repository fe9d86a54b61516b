package app.waymark.destination;

import app.waymark.base.InvalidInputException;
import app.waymark.base.Translatable;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Turns survey answers into outcome records (docs/decisions/0012). Each answer becomes one record: type and code by
 * the activity (and hours or kind of study), start = the learner's date, or the day after leaving when that date is
 * earlier (the learner's own date is kept), end only if it has ended, collection date = the day of submission.
 * Problems are found per answer as the learner goes ({@link #checkAnswer}) and across answers before submission
 * ({@link #conflicts}), in words a learner understands; the ILR rules ({@link OutcomeRules}) are checked last.
 */
public final class SurveyDerivation {

    private static final Set<Activity> WORK = EnumSet.of(Activity.EMPLOYED, Activity.SELF_EMPLOYED);
    private static final Set<Activity> NOT_WORKING = EnumSet.of(Activity.LOOKING_FOR_WORK,
            Activity.NOT_LOOKING_FOR_WORK);

    /** Checks one answer's details; the problem names the question ({@link DestinationField#START_DATE}, ...). */
    public static void checkAnswer(ActivityAnswer answer, LocalDate leavingDate, LocalDate today) {
        Activity activity = answer.activity();
        if (activity.asksHours() && answer.sixteenHoursOrMore() == null) {
            throw problem(DestinationError.HOURS_MISSING);
        }
        if (activity.asksStudyKind() && answer.studyKind() == null) {
            throw problem(DestinationError.STUDY_KIND_MISSING);
        }
        if (!activity.asksDates()) {
            return;
        }
        if (answer.startDate() == null) {
            throw problem(DestinationError.STARTED_MISSING);
        }
        LocalDate latest = OutcomeRules.latestFutureStart(today);
        if (answer.startDate().isAfter(latest)) {
            throw problem(DestinationError.STARTS_TOO_FAR_AHEAD, Translatable.day(latest));
        }
        if (answer.ongoing() == null) {
            throw problem(DestinationError.ONGOING_MISSING);
        }
        if (answer.startDate().isAfter(today) && !answer.ongoing()) {
            throw problem(DestinationError.ENDED_BEFORE_STARTING);
        }
        if (!answer.ongoing()) {
            if (answer.endDate() == null) {
                throw problem(DestinationError.ENDED_MISSING);
            }
            if (answer.endDate().isAfter(today)) {
                throw problem(DestinationError.ENDED_IN_FUTURE);
            }
            if (answer.endDate().isBefore(answer.startDate())) {
                throw problem(DestinationError.ENDED_BEFORE_STARTED);
            }
            if (!answer.endDate().isAfter(leavingDate)) {
                throw problem(DestinationError.ENDED_BEFORE_LEAVING);
            }
        }
    }

    /** Answers that cannot all be true as given, in words a learner understands (empty when they fit together). */
    public static List<SurveyProblem> conflicts(List<ActivityAnswer> answers, LocalDate leavingDate,
                                                boolean highNeeds) {
        List<SurveyProblem> conflicts = new ArrayList<>();
        Set<Activity> chosen = answers.stream().map(ActivityAnswer::activity)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Activity.class)));
        if (chosen.isEmpty()) {
            conflicts.add(SurveyProblem.of(DestinationError.NOTHING_CHOSEN));
        }
        if (chosen.contains(Activity.PREFER_NOT_TO_SAY) && chosen.size() > 1) {
            conflicts.add(SurveyProblem.of(DestinationError.PREFER_NOT_TO_SAY_WITH_OTHERS));
        }
        if (!highNeeds && chosen.stream().anyMatch(Activity::social)) {
            conflicts.add(SurveyProblem.of(DestinationError.NOT_OFFERED));
        }
        Map<LocalDate, List<ActivityAnswer>> byStart = answers.stream()
                .filter(answer -> answer.activity().asksDates() && answer.startDate() != null)
                .collect(Collectors.groupingBy(answer -> startOf(answer, leavingDate), TreeMap::new,
                        Collectors.toList()));
        byStart.forEach((start, sameDay) -> {
            Set<Activity> together = sameDay.stream().map(ActivityAnswer::activity)
                    .collect(Collectors.toCollection(() -> EnumSet.noneOf(Activity.class)));
            Date from = Translatable.day(start);
            boolean working = together.stream().anyMatch(WORK::contains);
            if (working && together.stream().anyMatch(NOT_WORKING::contains)) {
                conflicts.add(SurveyProblem.of(DestinationError.WORKING_AND_NOT_WORKING, from));
            }
            if (together.containsAll(WORK)) {
                conflicts.add(SurveyProblem.of(DestinationError.EMPLOYED_AND_SELF_EMPLOYED, from));
            }
            if (together.containsAll(NOT_WORKING)) {
                conflicts.add(SurveyProblem.of(DestinationError.LOOKING_AND_NOT_LOOKING, from));
            }
            long studies = sameDay.stream().filter(a -> a.activity() == Activity.STUDYING
                    || a.activity() == Activity.APPRENTICESHIP).count();
            if (studies > 2) {
                conflicts.add(SurveyProblem.of(DestinationError.TOO_MANY_STUDIES, from));
            }
            if (sameDay.stream().filter(a -> a.activity().social()).count() > 1) {
                conflicts.add(SurveyProblem.of(DestinationError.MORE_THAN_ONE_LIVING_ARRANGEMENT, from));
            }
        });
        return conflicts;
    }

    /** The outcome records for a complete, conflict-free set of answers, collected on {@code submittedOn}. */
    public static List<Outcome> outcomes(List<ActivityAnswer> answers, LocalDate leavingDate, LocalDate submittedOn,
                                         boolean highNeeds) {
        return outcomes(answers, leavingDate, submittedOn, highNeeds, List.of());
    }

    /**
     * The outcome records to add for a complete set of answers, checked together with the learner's {@code existing}
     * records as the staff form checks them: an answer that repeats a record exactly is not added twice, and one
     * that cannot be true beside a record is explained to the learner. Problems the existing records already had do
     * not block the learner.
     */
    public static List<Outcome> outcomes(List<ActivityAnswer> answers, LocalDate leavingDate, LocalDate submittedOn,
                                         boolean highNeeds, List<Outcome> existing) {
        for (ActivityAnswer answer : answers) {
            checkAnswer(answer, leavingDate, submittedOn);
        }
        List<SurveyProblem> conflicts = conflicts(answers, leavingDate, highNeeds);
        if (!conflicts.isEmpty()) {
            throw new SurveyAnswersException(conflicts);
        }
        List<Outcome> outcomes = answers.stream().map(answer -> outcome(answer, leavingDate, submittedOn))
                .filter(outcome -> existing.stream().noneMatch(record -> sameFact(record, outcome))).toList();
        List<Outcome> together = new ArrayList<>(existing);
        together.addAll(outcomes);
        List<SurveyProblem> clashes = clashesWithRecords(existing, together);
        if (!clashes.isEmpty()) {
            throw new SurveyAnswersException(clashes);
        }
        List<Translatable> problems = new ArrayList<>(OutcomeRules.problems(together, submittedOn, highNeeds));
        OutcomeRules.problems(existing, submittedOn, highNeeds).forEach(problems::remove);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(DestinationField.ANSWERS, problems);
        }
        return outcomes;
    }

    /** The same outcome from the same day: the learner confirms what staff already recorded. */
    private static boolean sameFact(Outcome record, Outcome answer) {
        return record.type() == answer.type() && record.code() == answer.code()
                && record.startDate().equals(answer.startDate());
    }

    /** Answers that cannot be true beside a record the provider already has, named by that record's type. */
    private static List<SurveyProblem> clashesWithRecords(List<Outcome> existing, List<Outcome> together) {
        List<OutcomeRules.Clash> before = OutcomeRules.sameDayClashes(existing);
        List<SurveyProblem> problems = new ArrayList<>();
        for (OutcomeRules.Clash clash : OutcomeRules.sameDayClashes(together)) {
            if (before.contains(clash)) {
                continue;
            }
            existing.stream().filter(record -> record.startDate().equals(clash.start())
                            && clash.types().contains(record.type())).findFirst()
                    .ifPresent(record -> problems.add(SurveyProblem.of(DestinationError.clashWithRecord(record.type()),
                            Translatable.day(clash.start()))));
        }
        return problems;
    }

    private static SurveyAnswersException problem(DestinationError error, Object... arguments) {
        return new SurveyAnswersException(SurveyProblem.of(error, arguments));
    }

    static Outcome outcome(ActivityAnswer answer, LocalDate leavingDate, LocalDate submittedOn) {
        OutcomeCode code = codeOf(answer);
        LocalDate start = startOf(answer, leavingDate);
        LocalDate answered = answer.startDate() != null && !answer.startDate().equals(start) ? answer.startDate()
                : null;
        LocalDate end = Boolean.FALSE.equals(answer.ongoing()) ? answer.endDate() : null;
        return new Outcome(code.type(), code.code(), start, end, submittedOn, answered);
    }

    private static LocalDate startOf(ActivityAnswer answer, LocalDate leavingDate) {
        LocalDate dayAfterLeaving = leavingDate.plusDays(1);
        return answer.startDate() == null || answer.startDate().isBefore(dayAfterLeaving) ? dayAfterLeaving
                : answer.startDate();
    }

    /** The outcome code each answer stands for (decision 0012's table). */
    private static OutcomeCode codeOf(ActivityAnswer answer) {
        return switch (answer.activity()) {
            case EMPLOYED -> answer.sixteenHoursOrMore() ? OutcomeCode.EMP_1 : OutcomeCode.EMP_2;
            case SELF_EMPLOYED -> answer.sixteenHoursOrMore() ? OutcomeCode.EMP_4 : OutcomeCode.EMP_5;
            case APPRENTICESHIP -> OutcomeCode.EDU_2;
            case STUDYING -> answer.studyKind().outcomeCode();
            case VOLUNTEERING -> OutcomeCode.VOL_1;
            case LOOKING_FOR_WORK -> OutcomeCode.NPE_1;
            case NOT_LOOKING_FOR_WORK -> OutcomeCode.NPE_2;
            case GAP_YEAR -> OutcomeCode.GAP_1;
            case SUPPORTED_INDEPENDENT_LIVING -> OutcomeCode.SDE_1;
            case INDEPENDENT_LIVING -> OutcomeCode.SDE_2;
            case RETURNING_HOME -> OutcomeCode.SDE_3;
            case RESIDENTIAL_PLACEMENT -> OutcomeCode.SDE_4;
            case SOMETHING_ELSE -> OutcomeCode.OTH_1;
            case PREFER_NOT_TO_SAY -> OutcomeCode.OTH_4;
        };
    }

    private SurveyDerivation() {
    }
}
