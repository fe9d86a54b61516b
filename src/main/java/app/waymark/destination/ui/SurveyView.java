package app.waymark.destination.ui;

import app.waymark.base.ui.LearnerPage;
import app.waymark.base.InvalidInputException;
import app.waymark.branding.BrandingService;
import app.waymark.destination.Activity;
import app.waymark.destination.ActivityAnswer;
import app.waymark.destination.LearnerSurveys;
import app.waymark.destination.StudyKind;
import app.waymark.destination.SurveyAnswersException;
import app.waymark.destination.SurveyDerivation;
import app.waymark.destination.SurveyDraft;
import app.waymark.destination.SurveyProblem;
import app.waymark.tenant.TenantContext;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.FieldSet;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The destination survey a learner opens from their email or SMS, without signing in. Opening it reads only; the
 * answers are saved after each page (so the link resumes where the learner was) and recorded on "Send my answers".
 * Pages: start, what you have been doing, one details page per activity, (answers that do not fit together), contact
 * details, check your answers, thank you. A link that is not usable any more gets a page that says why.
 */
@Route(value = "survey/:token", autoLayout = false)
@AnonymousAllowed
public class SurveyView extends LearnerPage implements BeforeEnterObserver {

    private static final ZoneId UK = ZoneId.of("Europe/London");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final String EMAIL_PATTERN = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+";
    private static final String MOBILE_PATTERN = "\\+?[0-9 ()-]{10,20}";

    private final LearnerSurveys surveys;
    private final BrandingService brandings;
    private final Clock clock;

    private String token;
    private LearnerSurveys.Survey survey;
    private SurveyDraft draft = SurveyDraft.EMPTY;
    /** Set by a "Change" link: after that page, go back to check your answers when everything is complete. */
    private boolean returnToCheck;
    private boolean submitting;
    /** True while showing the page the address asks for (browser back or forward): nothing is added to history. */
    private boolean followingAddress;
    private String shownPage = "";

    SurveyView(LearnerSurveys surveys, BrandingService brandings, Clock clock) {
        this.surveys = surveys;
        this.brandings = brandings;
        this.clock = clock;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getRouteParameters().get("token").orElse("");
        survey = surveys.open(token).orElse(null);
        if (survey == null) {
            brand(null);
            SurveyStatePages.notRecognised(this);
            return;
        }
        brand(TenantContext.callAs(survey.tenantId(), brandings::current));
        draft = survey.draft();
        if (survey.state() != LearnerSurveys.State.OPEN) {
            SurveyStatePages.closed(this, survey.state());
            return;
        }
        followingAddress = true;
        try {
            show(event.getLocation().getQueryParameters().getSingleParameter("page").orElse(""));
        } finally {
            followingAddress = false;
        }
    }

    /**
     * The page the address names, when the answers so far allow it; otherwise check your answers for a complete
     * survey, else the start. Each page adds its name to the browser's history, so the browser's back button steps
     * back through the survey as the back link does.
     */
    private void show(String page) {
        int details = page.startsWith("details-") ? detailsIndex(page.substring("details-".length())) : -1;
        if (page.equals("activities")) {
            showActivities();
        } else if (details >= 0 && details < withDetails().size()) {
            showDetails(details);
        } else if (page.equals("conflicts") && !draft.answers().isEmpty()) {
            afterAnswers(withDetails().size());
        } else if (page.equals("contact") && !draft.answers().isEmpty()) {
            showContact();
        } else if (page.equals("start") || !complete()) {
            showStart();
        } else {
            showCheck();
        }
    }

    private static int detailsIndex(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private void remember(String page) {
        boolean samePage = page.equals(shownPage);
        shownPage = page;
        if (!followingAddress && !samePage) {
            getUI().ifPresent(ui -> ui.getPage().getHistory().pushState(null,
                    new Location("survey/" + token, QueryParameters.of("page", page))));
        }
    }

    // ---- pages ----

    private void showStart() {
        page(getTranslation("survey.start.title", providerName()), null);
        remember("start");
        text(getTranslation("survey.start.hello", survey.firstName()));
        text(getTranslation("survey.start.intro", providerName()));
        text(getTranslation("survey.start.time"));
        Button start = primary(getTranslation("survey.start.button"), "start");
        start.addClickListener(event -> showActivities());
        body.add(start);
    }

    private void showActivities() {
        page(getTranslation("survey.activities.title", providerName()), this::showStart);
        remember("activities");
        CheckboxGroup<Activity> activities = new CheckboxGroup<>();
        activities.setId("activities");
        activities.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        activities.setItems(offered());
        activities.setItemLabelGenerator(activity -> getTranslation("survey.activity." + activity.name()));
        activities.setValue(chosen());
        FieldSet question = fieldset("activities-question", getTranslation("survey.activities.legend", providerName()),
                getTranslation("survey.activities.hint"), activities);
        question.getLegend().addClassName("wm-visually-hidden");
        body.add(question);
        Button next = primary(getTranslation("survey.continue"), "continue");
        next.addClickListener(event -> {
            Set<Activity> selected = activities.getValue();
            if (selected.isEmpty()) {
                String message = getTranslation("survey.activities.none");
                showFieldError(activities, message);
                body.addComponentAtIndex(indexAfterHeading(), errorSummary(List.of(new Problem(message,
                        focus(activities)))));
                return;
            }
            Map<Activity, ActivityAnswer> previous = draft.answers().stream()
                    .collect(Collectors.toMap(ActivityAnswer::activity, Function.identity(), (a, b) -> a));
            List<ActivityAnswer> answers = Arrays.stream(Activity.values()).filter(selected::contains)
                    .map(activity -> previous.getOrDefault(activity, ActivityAnswer.of(activity))).toList();
            if (save(new SurveyDraft(answers, draft.email(), draft.mobile()))) {
                afterAnswers(0);
            }
        });
        body.add(next);
    }

    private void showDetails(int index) {
        List<ActivityAnswer> withDetails = withDetails();
        ActivityAnswer answer = withDetails.get(index);
        Activity activity = answer.activity();
        Runnable back = index == 0 ? this::showActivities : () -> showDetails(index - 1);
        Span caption = new Span(getTranslation("survey.details.caption", index + 1, withDetails.size()));
        caption.addClassName("wm-survey-caption");
        caption.setId("survey-caption");
        page(getTranslation("survey.details.title", getTranslation("survey.activity." + activity.name())), back);
        remember("details-" + index);
        body.addComponentAtIndex(indexAfterHeading() - 1, caption);

        RadioButtonGroup<Boolean> hours = yesNo("hours", getTranslation("survey.hours.more"),
                getTranslation("survey.hours.less"));
        RadioButtonGroup<StudyKind> studyKind = new RadioButtonGroup<>();
        studyKind.setId("studyKind");
        studyKind.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        studyKind.setItems(StudyKind.values());
        studyKind.setItemLabelGenerator(kind -> getTranslation("survey.study." + kind.name()));
        DateInput start = new DateInput("startDate", getTranslation("survey.start-date.legend"),
                getTranslation("survey.start-date.hint", example()));
        RadioButtonGroup<Boolean> ongoing = yesNo("ongoing", getTranslation("survey.yes"),
                getTranslation("survey.no"));
        DateInput end = new DateInput("endDate", getTranslation("survey.end-date.legend"),
                getTranslation("survey.date.hint", example()));

        if (activity.asksHours()) {
            hours.setValue(answer.sixteenHoursOrMore());
            body.add(fieldset("hours-question", getTranslation("survey.hours.legend"), null, hours));
        }
        if (activity.asksStudyKind()) {
            studyKind.setValue(answer.studyKind());
            body.add(fieldset("studyKind-question", getTranslation("survey.study.legend"), null, studyKind));
        }
        if (activity.asksDates()) {
            start.setValue(answer.startDate());
            ongoing.setValue(answer.ongoing());
            end.setValue(answer.endDate());
            end.setVisible(Boolean.FALSE.equals(answer.ongoing()));
            ongoing.addValueChangeListener(event -> end.setVisible(Boolean.FALSE.equals(event.getValue())));
            body.add(start, fieldset("ongoing-question", getTranslation("survey.ongoing.legend"), null, ongoing), end);
        }
        Button next = primary(getTranslation("survey.continue"), "continue");
        next.addClickListener(event -> {
            hours.setInvalid(false);
            studyKind.setInvalid(false);
            ongoing.setInvalid(false);
            start.clearError();
            end.clearError();
            body.getChildren().filter(child -> "error-summary".equals(child.getId().orElse(null))).toList()
                    .forEach(body::remove);
            ActivityAnswer changed;
            try {
                LocalDate startDate = parse(start, "startDate");
                Boolean isOngoing = activity.asksDates() ? ongoing.getValue() : null;
                LocalDate endDate = Boolean.FALSE.equals(isOngoing) ? parse(end, "endDate") : null;
                changed = new ActivityAnswer(activity, activity.asksHours() ? hours.getValue() : null,
                        activity.asksStudyKind() ? studyKind.getValue() : null,
                        activity.asksDates() ? startDate : null, isOngoing, endDate);
                SurveyDerivation.checkAnswer(changed, survey.leavingDate(), today());
            } catch (InvalidInputException e) {
                String message = message(e);
                Component field = switch (e.field()) {
                    case "hours" -> hours;
                    case "studyKind" -> studyKind;
                    case "startDate" -> start;
                    case "ongoing" -> ongoing;
                    default -> end;
                };
                if (field instanceof DateInput date) {
                    date.showError(message);
                } else {
                    showFieldError((RadioButtonGroup<?>) field, message);
                }
                body.addComponentAtIndex(indexAfterHeading(), errorSummary(List.of(new Problem(message,
                        field instanceof DateInput date ? focus((Component) date.firstBox()) : focus(field)))));
                return;
            }
            List<ActivityAnswer> answers = draft.answers().stream()
                    .map(existing -> existing.activity() == activity ? changed : existing).toList();
            if (save(new SurveyDraft(answers, draft.email(), draft.mobile()))) {
                afterAnswers(index + 1);
            }
        });
        body.add(next);
    }

    private LocalDate parse(DateInput input, String field) {
        try {
            return input.value();
        } catch (DateInput.NotADate e) {
            throw new InvalidInputException(field, e.getMessage());
        }
    }

    /** After the activities (from = 0) or a details page (from = its index + 1): the next page that needs answers. */
    private void afterAnswers(int from) {
        List<ActivityAnswer> withDetails = withDetails();
        if (returnToCheck) {
            for (int i = 0; i < withDetails.size(); i++) {
                if (!answered(withDetails.get(i))) {
                    showDetails(i);
                    return;
                }
            }
        } else if (from < withDetails.size()) {
            showDetails(from);
            return;
        }
        List<SurveyProblem> conflicts = SurveyDerivation.conflicts(draft.answers(), survey.leavingDate(),
                survey.highNeeds());
        if (!conflicts.isEmpty()) {
            showConflicts(conflicts);
        } else if (returnToCheck && draft.email() != null) {
            showCheck();
        } else {
            showContact();
        }
    }

    private void showConflicts(List<SurveyProblem> conflicts) {
        page(getTranslation("survey.conflicts.title"), this::backFromEnd);
        remember("conflicts");
        body.add(errorSummary(conflicts.stream().map(conflict -> new Problem(text(conflict), this::changeActivities))
                .toList()));
        text(getTranslation("survey.conflicts.text"));
        Button change = primary(getTranslation("survey.conflicts.change"), "change-activities");
        change.addClickListener(event -> changeActivities());
        body.add(change);
    }

    private void backFromEnd() {
        int count = withDetails().size();
        if (count == 0) {
            showActivities();
        } else {
            showDetails(count - 1);
        }
    }

    private void showContact() {
        page(getTranslation("survey.contact.title"), this::backFromEnd);
        remember("contact");
        text(getTranslation("survey.contact.intro", providerName()));
        EmailField email = new EmailField(getTranslation("survey.contact.email"));
        email.setId("email");
        email.setWidthFull();
        email.setValue(Objects.requireNonNullElse(draft.email() != null ? draft.email() : survey.email(), ""));
        email.setHelperText(getTranslation("survey.contact.email.hint"));
        email.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.EMAIL);
        TextField mobile = new TextField(getTranslation("survey.contact.mobile"));
        mobile.setId("mobile");
        mobile.setWidthFull();
        mobile.setValue(Objects.requireNonNullElse(draft.mobile() != null ? draft.mobile() : survey.mobile(), ""));
        mobile.setHelperText(getTranslation("survey.contact.mobile.hint"));
        mobile.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.TEL);
        mobile.getElement().setAttribute("inputmode", "tel");
        body.add(email, mobile);
        Button next = primary(getTranslation("survey.continue"), "continue");
        next.addClickListener(event -> {
            body.getChildren().filter(child -> "error-summary".equals(child.getId().orElse(null))).toList()
                    .forEach(body::remove);
            email.setInvalid(false);
            mobile.setInvalid(false);
            String givenEmail = email.getValue().strip();
            String givenMobile = mobile.getValue().strip();
            List<Problem> problems = new ArrayList<>();
            if (!givenEmail.isEmpty() && !givenEmail.matches(EMAIL_PATTERN)) {
                String message = getTranslation("survey.contact.email.invalid");
                showFieldError(email, message);
                problems.add(new Problem(message, focus(email)));
            }
            if (!givenMobile.isEmpty() && !givenMobile.matches(MOBILE_PATTERN)) {
                String message = getTranslation("survey.contact.mobile.invalid");
                showFieldError(mobile, message);
                problems.add(new Problem(message, focus(mobile)));
            }
            if (!problems.isEmpty()) {
                body.addComponentAtIndex(indexAfterHeading(), errorSummary(problems));
                return;
            }
            if (save(new SurveyDraft(draft.answers(), givenEmail, givenMobile))) {
                showCheck();
            }
        });
        body.add(next);
    }

    private void showCheck() {
        returnToCheck = false;
        page(getTranslation("survey.check.title"), this::showContact);
        remember("check");
        Div list = new Div();
        list.addClassName("wm-survey-summary");
        list.setId("summary");
        list.getElement().setAttribute("role", "list");
        row(list, "activities", getTranslation("survey.check.activities"), draft.answers().stream()
                .map(answer -> getTranslation("survey.activity." + answer.activity().name()))
                .collect(Collectors.joining("\n")), this::changeActivities);
        List<ActivityAnswer> withDetails = withDetails();
        for (int i = 0; i < withDetails.size(); i++) {
            int index = i;
            ActivityAnswer answer = withDetails.get(i);
            Runnable change = () -> {
                returnToCheck = true;
                showDetails(index);
            };
            String name = getTranslation("survey.activity." + answer.activity().name());
            List<String> lines = new ArrayList<>();
            if (answer.activity().asksHours() && answer.sixteenHoursOrMore() != null) {
                lines.add(getTranslation(answer.sixteenHoursOrMore() ? "survey.hours.more" : "survey.hours.less"));
            }
            if (answer.activity().asksStudyKind() && answer.studyKind() != null) {
                lines.add(getTranslation("survey.study." + answer.studyKind().name()));
            }
            if (answer.startDate() != null) {
                lines.add(getTranslation("survey.check.started", DAY.format(answer.startDate())));
            }
            if (Boolean.TRUE.equals(answer.ongoing())) {
                lines.add(getTranslation("survey.check.ongoing"));
            } else if (answer.endDate() != null) {
                lines.add(getTranslation("survey.check.ended", DAY.format(answer.endDate())));
            }
            row(list, "details-" + i, name, String.join("\n", lines), change);
        }
        row(list, "email", getTranslation("survey.contact.email"), blankAsNone(draft.email()), this::changeContact);
        row(list, "mobile", getTranslation("survey.contact.mobile"), blankAsNone(draft.mobile()),
                this::changeContact);
        body.add(list);
        H2 send = new H2(getTranslation("survey.check.send.title"));
        body.add(send);
        text(getTranslation("survey.check.send.text", providerName()));
        Button submit = primary(getTranslation("survey.check.submit"), "submit");
        submit.setDisableOnClick(true);
        submit.addClickListener(event -> submit());
        body.add(submit);
    }

    private void submit() {
        if (submitting) {
            return;
        }
        submitting = true;
        try {
            surveys.submit(survey, draft);
        } catch (InvalidInputException e) {
            submitting = false;
            if (stoppedBeingOpen(e)) {
                return;
            }
            showCheck();
            List<Problem> problems = e instanceof SurveyAnswersException answers
                    ? answers.problems().stream().map(p -> new Problem(text(p), this::changeActivities)).toList()
                    : List.of(new Problem(e.getMessage(), this::changeActivities));
            body.addComponentAtIndex(indexAfterHeading(), errorSummary(problems));
            return;
        }
        showThanks();
    }

    private void showThanks() {
        body.removeAll();
        Div panel = new Div();
        panel.addClassName("wm-survey-panel");
        panel.setId("confirmation");
        com.vaadin.flow.component.html.H1 heading = page(getTranslation("survey.thanks.title"), null);
        body.remove(heading);
        panel.add(heading, new Span(getTranslation("survey.thanks.panel", providerName())));
        body.add(panel);
        text(getTranslation("survey.thanks.text", providerName()));
        text(getTranslation("survey.thanks.close"));
    }

    // ---- helpers ----

    /** The first problem of survey answers in the learner's language; other input problems as they are worded. */
    private String message(InvalidInputException e) {
        return e instanceof SurveyAnswersException answers ? text(answers.problems().getFirst()) : e.getMessage();
    }

    private String text(SurveyProblem problem) {
        return getTranslation(problem.messageKey(), problem.arguments().toArray());
    }

    private void changeActivities() {
        returnToCheck = true;
        showActivities();
    }

    private void changeContact() {
        showContact();
    }

    /** Saves the draft; false (and the page that says why) when the survey has stopped being open meanwhile. */
    private boolean save(SurveyDraft changed) {
        try {
            survey = surveys.saveDraft(survey, changed);
            draft = survey.draft();
            return true;
        } catch (InvalidInputException e) {
            return !stoppedBeingOpen(e);
        }
    }

    private boolean stoppedBeingOpen(InvalidInputException e) {
        if (!"survey".equals(e.field())) {
            throw e;
        }
        survey = surveys.open(token).orElseThrow();
        SurveyStatePages.closed(this, survey.state());
        return true;
    }

    private List<Activity> offered() {
        return Arrays.stream(Activity.values()).filter(activity -> survey.highNeeds() || !activity.social())
                .toList();
    }

    private Set<Activity> chosen() {
        Set<Activity> chosen = draft.answers().stream().map(ActivityAnswer::activity)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Activity.class)));
        chosen.retainAll(offered());
        return new LinkedHashSet<>(chosen);
    }

    private List<ActivityAnswer> withDetails() {
        return draft.answers().stream().filter(answer -> needsDetails(answer.activity())).toList();
    }

    private static boolean needsDetails(Activity activity) {
        return activity.asksHours() || activity.asksStudyKind() || activity.asksDates();
    }

    private boolean answered(ActivityAnswer answer) {
        try {
            SurveyDerivation.checkAnswer(answer, survey.leavingDate(), today());
            return true;
        } catch (InvalidInputException e) {
            return false;
        }
    }

    /** Everything answered and fitting together, contact details confirmed: the link resumes at check answers. */
    private boolean complete() {
        return !draft.answers().isEmpty() && draft.email() != null && draft.answers().stream().allMatch(this::answered)
                && SurveyDerivation.conflicts(draft.answers(), survey.leavingDate(), survey.highNeeds()).isEmpty();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(UK));
    }

    private String example() {
        LocalDate example = survey.leavingDate().plusDays(14);
        return example.getDayOfMonth() + " " + example.getMonthValue() + " " + example.getYear();
    }

    private String blankAsNone(String value) {
        return value == null || value.isBlank() ? getTranslation("survey.check.none") : value;
    }

    private int indexAfterHeading() {
        List<Component> children = body.getChildren().toList();
        for (int i = 0; i < children.size(); i++) {
            if ("survey-heading".equals(children.get(i).getId().orElse(null))) {
                return i + 1;
            }
        }
        return 0;
    }

    private Button primary(String text, String id) {
        Button button = new Button(text);
        button.setId(id);
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        button.addClassName("wm-survey-button");
        return button;
    }

    private RadioButtonGroup<Boolean> yesNo(String id, String yes, String no) {
        RadioButtonGroup<Boolean> group = new RadioButtonGroup<>();
        group.setId(id);
        group.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        group.setItems(true, false);
        group.setItemLabelGenerator(value -> value ? yes : no);
        return group;
    }

    private FieldSet fieldset(String id, String legend, String hint, Component field) {
        FieldSet fieldset = new FieldSet();
        fieldset.setId(id);
        fieldset.addClassName("wm-survey-fieldset");
        fieldset.setLegendText(legend);
        fieldset.getLegend().addClassName("wm-survey-legend");
        if (hint != null) {
            Span hintText = new Span(hint);
            hintText.addClassName("wm-survey-hint");
            fieldset.add(hintText);
        }
        fieldset.add(field);
        return fieldset;
    }

    private static void showFieldError(com.vaadin.flow.component.HasValidation field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
    }

    private void row(Div list, String id, String key, String value, Runnable change) {
        Div row = new Div();
        row.addClassName("wm-survey-summary-row");
        row.setId("row-" + id);
        row.getElement().setAttribute("role", "listitem");
        Span term = new Span(key);
        term.addClassName("wm-survey-summary-key");
        Span shown = new Span(value);
        shown.addClassName("wm-survey-summary-value");
        NativeButton changeLink = new NativeButton(getTranslation("survey.check.change"), event -> change.run());
        changeLink.addClassName("wm-survey-change");
        changeLink.setId("change-" + id);
        Span hidden = new Span(" " + key);
        hidden.addClassName("wm-visually-hidden");
        changeLink.add(hidden);
        row.add(term, shown, changeLink);
        list.add(row);
    }
}
