package app.waymark.destination;

import app.waymark.base.InvalidInputException;

import java.time.LocalDate;
import java.util.ArrayList;
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

    /** Checks one answer's details; the field names the question ("startDate", "endDate", ...). */
    public static void checkAnswer(ActivityAnswer answer, LocalDate leavingDate, LocalDate today) {
        Activity activity = answer.activity();
        if (activity.asksHours() && answer.sixteenHoursOrMore() == null) {
            throw new InvalidInputException("hours", "Select how many hours a week you work.");
        }
        if (activity.asksStudyKind() && answer.studyKind() == null) {
            throw new InvalidInputException("studyKind", "Select what you are studying.");
        }
        if (!activity.asksDates()) {
            return;
        }
        if (answer.startDate() == null) {
            throw new InvalidInputException("startDate", "Enter the date you started.");
        }
        if (answer.startDate().isAfter(today)) {
            throw new InvalidInputException("startDate", "The date you started must be today or in the past.");
        }
        if (answer.ongoing() == null) {
            throw new InvalidInputException("ongoing", "Select yes if you are still doing this.");
        }
        if (!answer.ongoing()) {
            if (answer.endDate() == null) {
                throw new InvalidInputException("endDate", "Enter the date it ended.");
            }
            if (answer.endDate().isAfter(today)) {
                throw new InvalidInputException("endDate", "The date it ended must be today or in the past.");
            }
            if (answer.endDate().isBefore(answer.startDate())) {
                throw new InvalidInputException("endDate", "The date it ended must be the same as or after the date"
                        + " it started.");
            }
            if (!answer.endDate().isAfter(leavingDate)) {
                throw new InvalidInputException("endDate", "This ended before you left your course, so it is not"
                        + " something you did after leaving. Go back and untick it, or check the date.");
            }
        }
    }

    /** Answers that cannot all be true as given, in plain English (empty when they fit together). */
    public static List<String> conflicts(List<ActivityAnswer> answers, LocalDate leavingDate, boolean highNeeds) {
        List<String> conflicts = new ArrayList<>();
        Set<Activity> chosen = answers.stream().map(ActivityAnswer::activity)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Activity.class)));
        if (chosen.isEmpty()) {
            conflicts.add("Select at least one thing you have done since leaving, or 'Prefer not to say'.");
        }
        if (chosen.contains(Activity.PREFER_NOT_TO_SAY) && chosen.size() > 1) {
            conflicts.add("You selected 'Prefer not to say' and other answers. Select either 'Prefer not to say'"
                    + " or the things you have done.");
        }
        if (!highNeeds && chosen.stream().anyMatch(Activity::social)) {
            conflicts.add("Some of your answers are not available on this survey. Go back and untick them.");
        }
        Map<LocalDate, List<ActivityAnswer>> byStart = answers.stream()
                .filter(answer -> answer.activity().asksDates() && answer.startDate() != null)
                .collect(Collectors.groupingBy(answer -> startOf(answer, leavingDate), TreeMap::new,
                        Collectors.toList()));
        byStart.forEach((start, sameDay) -> {
            Set<Activity> together = sameDay.stream().map(ActivityAnswer::activity)
                    .collect(Collectors.toCollection(() -> EnumSet.noneOf(Activity.class)));
            String from = OutcomeRules.DAY.format(start);
            boolean working = together.stream().anyMatch(WORK::contains);
            if (working && together.stream().anyMatch(NOT_WORKING::contains)) {
                conflicts.add("You said you were in paid work and also not in paid work from " + from + ". If"
                        + " both are true, give the date each one started; if not, go back and untick one.");
            }
            if (together.containsAll(WORK)) {
                conflicts.add("You said you were employed and self-employed from " + from + ". We can record only"
                        + " one kind of paid work starting on the same date: give the date each one started, or"
                        + " keep the one you do most.");
            }
            if (together.containsAll(NOT_WORKING)) {
                conflicts.add("You said you were both looking for work and not looking for work from " + from
                        + ". Go back and untick one.");
            }
            long studies = sameDay.stream().filter(a -> a.activity() == Activity.STUDYING
                    || a.activity() == Activity.APPRENTICESHIP).count();
            if (studies > 2) {
                conflicts.add("You can tell us about at most two kinds of study or training starting on the same"
                        + " date (" + from + ").");
            }
            if (sameDay.stream().filter(a -> a.activity().social()).count() > 1) {
                conflicts.add("Select only one living arrangement starting on " + from + ".");
            }
        });
        return conflicts;
    }

    /** The outcome records for a complete, conflict-free set of answers, collected on {@code submittedOn}. */
    public static List<Outcome> outcomes(List<ActivityAnswer> answers, LocalDate leavingDate, LocalDate submittedOn,
                                         boolean highNeeds) {
        for (ActivityAnswer answer : answers) {
            checkAnswer(answer, leavingDate, submittedOn);
        }
        List<String> conflicts = conflicts(answers, leavingDate, highNeeds);
        if (!conflicts.isEmpty()) {
            throw new InvalidInputException("answers", String.join(" ", conflicts));
        }
        List<Outcome> outcomes = answers.stream().map(answer -> outcome(answer, leavingDate, submittedOn)).toList();
        List<String> problems = OutcomeRules.problems(outcomes, submittedOn, highNeeds);
        if (!problems.isEmpty()) {
            throw new InvalidInputException("answers", String.join(" ", problems));
        }
        return outcomes;
    }

    static Outcome outcome(ActivityAnswer answer, LocalDate leavingDate, LocalDate submittedOn) {
        String[] typeCode = typeAndCode(answer);
        LocalDate start = startOf(answer, leavingDate);
        LocalDate answered = answer.startDate() != null && !answer.startDate().equals(start) ? answer.startDate()
                : null;
        LocalDate end = Boolean.FALSE.equals(answer.ongoing()) ? answer.endDate() : null;
        return new Outcome(typeCode[0], Integer.parseInt(typeCode[1]), start, end, submittedOn, answered);
    }

    private static LocalDate startOf(ActivityAnswer answer, LocalDate leavingDate) {
        LocalDate dayAfterLeaving = leavingDate.plusDays(1);
        return answer.startDate() == null || answer.startDate().isBefore(dayAfterLeaving) ? dayAfterLeaving
                : answer.startDate();
    }

    private static String[] typeAndCode(ActivityAnswer answer) {
        return switch (answer.activity()) {
            case EMPLOYED -> new String[]{"EMP", answer.sixteenHoursOrMore() ? "1" : "2"};
            case SELF_EMPLOYED -> new String[]{"EMP", answer.sixteenHoursOrMore() ? "4" : "5"};
            case APPRENTICESHIP -> new String[]{"EDU", "2"};
            case STUDYING -> new String[]{"EDU", Integer.toString(answer.studyKind().eduCode())};
            case VOLUNTEERING -> new String[]{"VOL", "1"};
            case LOOKING_FOR_WORK -> new String[]{"NPE", "1"};
            case NOT_LOOKING_FOR_WORK -> new String[]{"NPE", "2"};
            case GAP_YEAR -> new String[]{"GAP", "1"};
            case SUPPORTED_INDEPENDENT_LIVING -> new String[]{"SDE", "1"};
            case INDEPENDENT_LIVING -> new String[]{"SDE", "2"};
            case RETURNING_HOME -> new String[]{"SDE", "3"};
            case RESIDENTIAL_PLACEMENT -> new String[]{"SDE", "4"};
            case SOMETHING_ELSE -> new String[]{"OTH", "1"};
            case PREFER_NOT_TO_SAY -> new String[]{"OTH", "4"};
        };
    }

    private SurveyDerivation() {
    }
}
