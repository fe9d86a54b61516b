package app.waymark.destination.ui;

import app.waymark.destination.Activity;
import app.waymark.destination.ActivityAnswer;
import app.waymark.destination.StudyKind;
import app.waymark.destination.DestinationError;
import app.waymark.destination.SurveyAnswersException;
import app.waymark.destination.SurveyDerivation;
import app.waymark.destination.SurveyDraft;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The destination survey as a flow, without any screen: the answers so far, the page the learner is on, which page
 * comes next from the answers and which one "Back" returns to, and each page's checks, reported as translation keys
 * on the field they belong to. The pages ({@link SurveyView} and one component per page) only show what it says.
 * <p>
 * A page's answers are checked first ({@code chooseActivities}, {@code answerDetails}, {@code confirmContact});
 * the draft they give is saved by the caller, and {@link #saved} then moves on. After a "Change" link on check your
 * answers, the flow returns to check your answers as soon as everything is answered again.
 */
final class SurveyFlow {

    private static final ZoneId UK = ZoneId.of("Europe/London");
    private static final String EMAIL_PATTERN = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+";
    private static final String MOBILE_PATTERN = "\\+?[0-9 ()-]{10,20}";

    /** What a page's answers come to: problems to put right, or the changed draft to save. */
    sealed interface Answer {
    }

    record Refused(List<SurveyPageProblem> problems) implements Answer {
        Refused {
            problems = List.copyOf(problems);
        }
    }

    record Accepted(SurveyDraft draft) implements Answer {
    }

    /** The answers on a details page as given: hours (true = 16 or more a week), kind of study, dates as typed. */
    record Details(Boolean sixteenHoursOrMore, StudyKind studyKind, TypedDate start, Boolean ongoing,
                   TypedDate end) {
    }

    private final LocalDate leavingDate;
    private final boolean highNeeds;
    private final String knownEmail;
    private final String knownMobile;
    private final Clock clock;
    private SurveyDraft draft;
    private SurveyStep current = SurveyStep.START;
    /** Set by a "Change" link: once everything is answered again, go back to check your answers. */
    private boolean returnToCheck;

    /**
     * @param knownEmail  the email address the provider holds (offered on the contact page until the learner confirms)
     * @param knownMobile the mobile number the provider holds
     */
    SurveyFlow(LocalDate leavingDate, boolean highNeeds, String knownEmail, String knownMobile, SurveyDraft draft,
               Clock clock) {
        this.leavingDate = Objects.requireNonNull(leavingDate);
        this.highNeeds = highNeeds;
        this.knownEmail = knownEmail;
        this.knownMobile = knownMobile;
        this.draft = Objects.requireNonNull(draft);
        this.clock = clock;
    }

    SurveyStep current() {
        return current;
    }

    SurveyDraft draft() {
        return draft;
    }

    /** The answers as saved now (the link opened again, or the browser's back or forward button). */
    void reload(SurveyDraft saved) {
        draft = Objects.requireNonNull(saved);
    }

    // ---- where to go ----

    /**
     * The page the address names, when the answers so far allow it; otherwise check your answers for a complete
     * survey, else the start.
     */
    SurveyStep resume(String address) {
        Optional<SurveyStep> asked = SurveyStep.fromAddress(address == null ? "" : address);
        SurveyPage page = asked.map(SurveyStep::page).orElse(null);
        boolean answered = !draft.answers().isEmpty();
        if (page == SurveyPage.ACTIVITIES) {
            return moveTo(SurveyStep.ACTIVITIES);
        } else if (page == SurveyPage.DETAILS && asked.get().details() < withDetails().size()) {
            return moveTo(asked.get());
        } else if (page == SurveyPage.CONFLICTS && answered) {
            return moveTo(afterAnswers(withDetails().size()));
        } else if (page == SurveyPage.CONTACT && answered) {
            return moveTo(SurveyStep.CONTACT);
        } else if (page == SurveyPage.START || !complete()) {
            return moveTo(SurveyStep.START);
        }
        return moveTo(SurveyStep.CHECK);
    }

    /** The start page's button. */
    SurveyStep start() {
        return moveTo(SurveyStep.ACTIVITIES);
    }

    /** The page "Back" returns to from the current one; empty where there is no way back (start, thank you). */
    Optional<SurveyStep> previous() {
        return switch (current.page()) {
            case START, THANKS -> Optional.empty();
            case ACTIVITIES -> Optional.of(SurveyStep.START);
            case DETAILS -> Optional.of(current.details() == 0 ? SurveyStep.ACTIVITIES
                    : SurveyStep.details(current.details() - 1));
            case CONFLICTS, CONTACT -> Optional.of(lastAnswerPage());
            case CHECK -> Optional.of(SurveyStep.CONTACT);
        };
    }

    SurveyStep back() {
        return moveTo(previous().orElseThrow(() -> new IllegalStateException("No way back from " + current)));
    }

    /** After the draft a page gave was saved: the next page that needs answers, or check your answers. */
    SurveyStep saved(SurveyDraft saved) {
        draft = Objects.requireNonNull(saved);
        return moveTo(switch (current.page()) {
            case ACTIVITIES -> afterAnswers(0);
            case DETAILS -> afterAnswers(current.details() + 1);
            case CONTACT -> SurveyStep.CHECK;
            default -> throw new IllegalStateException("The " + current.page() + " page saves no answers");
        });
    }

    /** "Change" the activities (check your answers, or answers that do not fit together). */
    SurveyStep changeActivities() {
        returnToCheck = true;
        return moveTo(SurveyStep.ACTIVITIES);
    }

    /** "Change" one activity's details on check your answers. */
    SurveyStep changeDetails(int index) {
        returnToCheck = true;
        return moveTo(SurveyStep.details(index));
    }

    SurveyStep changeContact() {
        return moveTo(SurveyStep.CONTACT);
    }

    /** The answers were recorded. */
    SurveyStep submitted() {
        return moveTo(SurveyStep.THANKS);
    }

    private SurveyStep moveTo(SurveyStep step) {
        if (step.page() == SurveyPage.DETAILS && step.details() >= withDetails().size()) {
            throw new IllegalArgumentException("No details page " + step.details());
        }
        if (step.page() == SurveyPage.CHECK) {
            returnToCheck = false;
        }
        current = step;
        return step;
    }

    /** After the activities (from = 0) or a details page (from = its index + 1): the next page that needs answers. */
    private SurveyStep afterAnswers(int from) {
        List<ActivityAnswer> withDetails = withDetails();
        if (returnToCheck) {
            for (int i = 0; i < withDetails.size(); i++) {
                if (!answered(withDetails.get(i))) {
                    return SurveyStep.details(i);
                }
            }
        } else if (from < withDetails.size()) {
            return SurveyStep.details(from);
        }
        if (!conflicts().isEmpty()) {
            return SurveyStep.CONFLICTS;
        }
        return returnToCheck && draft.email() != null ? SurveyStep.CHECK : SurveyStep.CONTACT;
    }

    private SurveyStep lastAnswerPage() {
        int count = withDetails().size();
        return count == 0 ? SurveyStep.ACTIVITIES : SurveyStep.details(count - 1);
    }

    // ---- each page's answers ----

    /** What the learner has done since leaving: at least one; details already given for an activity are kept. */
    Answer chooseActivities(Set<Activity> selected) {
        if (selected.isEmpty()) {
            return refused(SurveyField.ACTIVITIES, DestinationError.NO_ACTIVITY_CHOSEN);
        }
        Map<Activity, ActivityAnswer> previous = draft.answers().stream()
                .collect(Collectors.toMap(ActivityAnswer::activity, Function.identity(), (a, b) -> a));
        List<ActivityAnswer> answers = Arrays.stream(Activity.values()).filter(selected::contains)
                .map(activity -> previous.getOrDefault(activity, ActivityAnswer.of(activity))).toList();
        return new Accepted(new SurveyDraft(answers, draft.email(), draft.mobile()));
    }

    /** The details of the activity on the current details page; only the questions it asks are kept. */
    Answer answerDetails(Details given) {
        if (current.page() != SurveyPage.DETAILS) {
            throw new IllegalStateException("Not on a details page: " + current);
        }
        Activity activity = withDetails().get(current.details()).activity();
        LocalDate start = null;
        Boolean ongoing = null;
        LocalDate end = null;
        if (activity.asksDates()) {
            Optional<DestinationError> notADate = given.start().problem();
            if (notADate.isPresent()) {
                return refused(SurveyField.START_DATE, notADate.get());
            }
            start = given.start().date();
            ongoing = given.ongoing();
            if (Boolean.FALSE.equals(ongoing)) {
                notADate = given.end().problem();
                if (notADate.isPresent()) {
                    return refused(SurveyField.END_DATE, notADate.get());
                }
                end = given.end().date();
            }
        }
        ActivityAnswer changed = new ActivityAnswer(activity,
                activity.asksHours() ? given.sixteenHoursOrMore() : null,
                activity.asksStudyKind() ? given.studyKind() : null, start, ongoing, end);
        try {
            SurveyDerivation.checkAnswer(changed, leavingDate, today());
        } catch (SurveyAnswersException e) {
            return new Refused(e.problems().stream().map(SurveyPageProblem::of).toList());
        }
        List<ActivityAnswer> answers = draft.answers().stream()
                .map(existing -> existing.activity() == activity ? changed : existing).toList();
        return new Accepted(new SurveyDraft(answers, draft.email(), draft.mobile()));
    }

    /** The contact details as the learner confirms them: either may be left empty, but what is given must fit. */
    Answer confirmContact(String email, String mobile) {
        String givenEmail = email == null ? "" : email.strip();
        String givenMobile = mobile == null ? "" : mobile.strip();
        List<SurveyPageProblem> problems = new ArrayList<>();
        if (!givenEmail.isEmpty() && !givenEmail.matches(EMAIL_PATTERN)) {
            problems.add(SurveyPageProblem.of(SurveyField.EMAIL, DestinationError.EMAIL_NOT_VALID.key()));
        }
        if (!givenMobile.isEmpty() && !givenMobile.matches(MOBILE_PATTERN)) {
            problems.add(SurveyPageProblem.of(SurveyField.MOBILE, DestinationError.MOBILE_NOT_VALID.key()));
        }
        return problems.isEmpty() ? new Accepted(new SurveyDraft(draft.answers(), givenEmail, givenMobile))
                : new Refused(problems);
    }

    private static Refused refused(SurveyField field, DestinationError error) {
        return new Refused(List.of(SurveyPageProblem.of(field, error.key())));
    }

    // ---- what the pages show ----

    /** The activities offered: social destinations only to high-needs learners. */
    List<Activity> offered() {
        return Arrays.stream(Activity.values()).filter(activity -> highNeeds || !activity.social()).toList();
    }

    /** The activities chosen so far, of those offered. */
    Set<Activity> chosen() {
        Set<Activity> chosen = draft.answers().stream().map(ActivityAnswer::activity)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Activity.class)));
        chosen.retainAll(offered());
        return new LinkedHashSet<>(chosen);
    }

    /** The chosen activities that ask for details, in the order of their pages. */
    List<ActivityAnswer> withDetails() {
        return draft.answers().stream().filter(answer -> needsDetails(answer.activity())).toList();
    }

    /** The answer shown on the current details page. */
    ActivityAnswer detailsAnswer() {
        return withDetails().get(current.details());
    }

    /** Answers that cannot all be true as given (empty when they fit together). */
    List<SurveyPageProblem> conflicts() {
        return SurveyDerivation.conflicts(draft.answers(), leavingDate, highNeeds).stream()
                .map(SurveyPageProblem::of).toList();
    }

    /** The email address to offer on the contact page: the one confirmed, else the one the provider holds. */
    String contactEmail() {
        return Objects.requireNonNullElse(draft.email() != null ? draft.email() : knownEmail, "");
    }

    String contactMobile() {
        return Objects.requireNonNullElse(draft.mobile() != null ? draft.mobile() : knownMobile, "");
    }

    /** A date for the hints: two weeks after leaving. */
    LocalDate exampleDate() {
        return leavingDate.plusDays(14);
    }

    /** Everything answered and fitting together, contact details confirmed: the link resumes at check answers. */
    boolean complete() {
        return !draft.answers().isEmpty() && draft.email() != null
                && draft.answers().stream().allMatch(this::answered) && conflicts().isEmpty();
    }

    private boolean answered(ActivityAnswer answer) {
        try {
            SurveyDerivation.checkAnswer(answer, leavingDate, today());
            return true;
        } catch (SurveyAnswersException e) {
            return false;
        }
    }

    private static boolean needsDetails(Activity activity) {
        return activity.asksHours() || activity.asksStudyKind() || activity.asksDates();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(UK));
    }
}
