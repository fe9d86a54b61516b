package app.waymark.portal.ui;

import app.waymark.base.InvalidInputException;
import app.waymark.base.ui.UkFormats;
import app.waymark.branding.BrandingService;
import app.waymark.learner.LearnerRecordChanges;
import app.waymark.learner.RecordChange;
import app.waymark.portal.LearnerSessions;
import app.waymark.tenant.TenantService;
import app.waymark.tracker.LearnerRequests;
import app.waymark.tracker.RaiseRequest;
import app.waymark.tracker.TrackerType;
import app.waymark.base.ui.LearnerQuestions;
import app.waymark.base.ui.SummaryList;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.FieldSet;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A request-a-change page of the portal: a few steps on one address (each step is named in {@code ?step=}, so the
 * browser's back button steps back through them), check your answers, and a confirmation that says what happens
 * next. Sending raises the learner-led tracker through {@link LearnerRequests} with the source "Learner portal"; a
 * second request of the same kind while the first is still New updates it, and the confirmation says so.
 */
abstract class RequestPage extends PortalPage {

    static final String SOURCE = "Learner portal";
    private static final String STEP = "step";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK)
            .withZone(UkFormats.UK);

    protected final LearnerRequests requests;
    protected final LearnerRecordChanges changes;
    private String path = "";
    private String shownStep = "";
    /** True while showing the step the address asks for (browser back or forward): nothing is added to history. */
    private boolean followingAddress;
    /** Once sent, every step shows the confirmation: going back cannot send it twice. */
    private Sent sent;

    /** The request as it was sent: the tracker, and whether it replaced the learner's earlier one of that kind. */
    record Sent(LearnerRequests.LearnerRequest request, boolean updatedEarlier) {
    }

    RequestPage(TenantService tenants, BrandingService brandings, LearnerSessions sessions, LearnerRequests requests,
                LearnerRecordChanges changes) {
        super(tenants, brandings, sessions);
        this.requests = requests;
        this.changes = changes;
    }

    /** The tracker type this page asks for. */
    protected abstract TrackerType type();

    /** Shows {@code step} when what the learner has given so far allows it, otherwise the step they have reached. */
    protected abstract void showStep(String step);

    @Override
    protected final void show(BeforeEnterEvent event) {
        path = event.getLocation().getPath();
        followingAddress = true;
        try {
            if (sent != null) {
                showSent();
            } else {
                showStep(event.getLocation().getQueryParameters().getSingleParameter(STEP).orElse(""));
            }
        } finally {
            followingAddress = false;
        }
    }

    /** Starts a step: the heading (which takes focus), a back link, and the step's name in the browser's history. */
    protected H1 step(String name, String heading, Runnable back) {
        H1 h1 = page(heading, back);
        boolean samePage = name.equals(shownStep);
        shownStep = name;
        if (!followingAddress && !samePage) {
            getUI().ifPresent(ui -> ui.getPage().getHistory().pushState(null,
                    new Location(path, QueryParameters.of(STEP, name))));
        }
        return h1;
    }

    protected Runnable backToAboutYou() {
        return () -> getUI().ifPresent(ui -> ui.navigate(PortalRoutes.aboutYou(provider().slug())));
    }

    /**
     * When the learner already has a request of this kind waiting, says that sending this one replaces it while staff
     * have not started on it (the learner's view of a request cannot tell them whether they have).
     */
    protected void earlierRequestNotice() {
        inProvider(() -> requests.of(learner().learnerId())).stream()
                .filter(request -> request.type() == type()
                        && request.outcome() == LearnerRequests.Outcome.WAITING)
                .findFirst().ifPresent(earlier -> inset("earlier-request", getTranslation("portal.request.earlier",
                        reference(earlier), DAY.format(earlier.requestedAt()), providerName())));
    }

    protected Paragraph inset(String id, String text) {
        Paragraph inset = text(text);
        inset.setId(id);
        inset.addClassName("wm-portal-inset");
        return inset;
    }

    // ---- sending ----

    /** Check your answers: the rows, then "Now send your request" and the button that sends it. */
    protected void checkAnswers(Runnable back, Div summary, Runnable send) {
        step("check", getTranslation("portal.request.check.title"), back);
        body.add(summary);
        body.add(new H2(getTranslation("portal.request.check.send.title")));
        text(getTranslation("portal.request.check.send.text", providerName()));
        Button submit = primary(getTranslation("portal.request.check.submit"), "submit");
        submit.setDisableOnClick(true);
        submit.addClickListener(event -> send.run());
        body.add(submit);
    }

    /**
     * Raises (or updates) the learner's request and shows the confirmation. A refusal LearnerRequests gives for the
     * request as a whole (already being dealt with, not taken online) gets a page of its own; one about a field goes
     * back to {@link #refused}.
     */
    protected void send(RecordChange change, RaiseRequest.Evidence evidence) {
        if (sent != null) {
            showSent();
            return;
        }
        UUID learnerId = learner().learnerId();
        try {
            sent = inProvider(() -> {
                Set<UUID> waiting = requests.of(learnerId).stream()
                        .filter(request -> request.type() == type()
                                && request.outcome() == LearnerRequests.Outcome.WAITING)
                        .map(LearnerRequests.LearnerRequest::trackerId).collect(Collectors.toSet());
                UUID trackerId = requests.request(learnerId, change, SOURCE, evidence);
                LearnerRequests.LearnerRequest made = requests.of(learnerId).stream()
                        .filter(request -> request.trackerId().equals(trackerId)).findFirst().orElseThrow();
                return new Sent(made, waiting.contains(trackerId));
            });
        } catch (InvalidInputException refusal) {
            if ("change".equals(refusal.field()) || "type".equals(refusal.field())) {
                showNotTaken(refusal);
            } else {
                refused(refusal);
            }
            return;
        }
        showSent();
    }

    /** Shows a refusal about one of the fields on the step that has it. */
    protected abstract void refused(InvalidInputException refusal);

    private void showNotTaken(InvalidInputException refusal) {
        String kind = "change".equals(refusal.field()) ? "dealing" : "offline";
        step("not-taken", getTranslation("portal.request.not-taken." + kind + ".title"), null);
        body.setId("request-not-taken");
        text(refusal.getMessage()).setId("refusal");
        body.add(aboutYouLink());
    }

    private void showSent() {
        LearnerRequests.LearnerRequest request = sent.request();
        boolean accepted = request.outcome() == LearnerRequests.Outcome.ACCEPTED;
        String heading = getTranslation(accepted ? "portal.request.sent.changed"
                : sent.updatedEarlier() ? "portal.request.sent.updated" : "portal.request.sent.title");
        H1 h1 = step("sent", heading, null);
        body.remove(h1);
        Div panel = new Div();
        panel.addClassName("wm-survey-panel");
        panel.setId("confirmation");
        Span referenceText = new Span(getTranslation("portal.request.sent.reference", reference(request)));
        referenceText.setId("request-reference");
        panel.add(h1, referenceText);
        body.add(panel);
        if (sent.updatedEarlier()) {
            text(getTranslation("portal.request.sent.updated.text")).setId("updated-earlier");
        }
        body.add(new H2(getTranslation("portal.request.sent.next")));
        if (accepted) {
            text(getTranslation("portal.request.sent.next.changed", providerName()));
        } else {
            text(getTranslation("portal.request.sent.next.text", providerName()));
            text(getTranslation("portal.request.sent.next.told"));
        }
        body.add(aboutYouLink());
    }

    protected Anchor aboutYouLink() {
        Anchor link = new Anchor(PortalRoutes.aboutYou(provider().slug()),
                getTranslation("portal.request.about-you-link"));
        link.setId("about-you-link");
        link.getElement().setAttribute("router-link", true);
        return link;
    }

    protected static String reference(LearnerRequests.LearnerRequest request) {
        return "T-" + request.number();
    }

    // ---- form parts, as the destination survey has them ----

    protected Button primary(String text, String id) {
        Button button = new Button(text);
        button.setId(id);
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        button.addClassName("wm-survey-button");
        return button;
    }

    protected NativeButton linkButton(String text, String id, Runnable action) {
        NativeButton link = new NativeButton(text, event -> action.run());
        link.setId(id);
        link.addClassNames("wm-survey-change", "wm-portal-link-button");
        return link;
    }

    protected TextField textField(String id, String label, String hint, Autocomplete autocomplete, int maxLength) {
        TextField field = new TextField(label);
        field.setId(id);
        field.setWidthFull();
        field.setManualValidation(true);
        if (hint != null) {
            field.setHelperText(hint);
        }
        if (autocomplete != null) {
            field.setAutocomplete(autocomplete);
        }
        if (maxLength > 0) {
            // a little over the limit, so the learner sees the message rather than text that stops
            field.setMaxLength(maxLength + 20);
        }
        return field;
    }

    protected RadioButtonGroup<Boolean> yesNo(String id) {
        return LearnerQuestions.yesNo(id, getTranslation("portal.request.yes"), getTranslation("portal.request.no"));
    }

    /** A question whose legend repeats the page's heading for screen readers only. */
    protected FieldSet question(String id, String legend, String hint, Component field) {
        FieldSet fieldset = LearnerQuestions.fieldset(id, legend, hint, field);
        fieldset.getLegend().addClassName("wm-visually-hidden");
        return fieldset;
    }

    protected static void fieldError(HasValidation field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
    }

    protected static void clearFieldErrors(HasValidation... fields) {
        for (HasValidation field : fields) {
            field.setInvalid(false);
            field.setErrorMessage(null);
        }
    }

    /** Replaces any error summary with one for {@code problems}, under the heading; it takes focus. */
    protected void showProblems(List<Problem> problems) {
        clearProblems();
        body.addComponentAtIndex(indexAfterHeading(), errorSummary(problems));
    }

    /**
     * Shows each problem on its field (the first one only, where a field has two) and all of them in the summary;
     * a problem for a field the page does not have goes on {@code fallback}'s.
     */
    protected void showFieldProblems(List<InvalidInputException> problems, Map<String, ? extends Component> fields,
                                     String fallback) {
        fields.values().forEach(field -> clearFieldErrors((HasValidation) field));
        List<Problem> summary = new ArrayList<>();
        for (InvalidInputException problem : problems) {
            Component field = fields.containsKey(problem.field()) ? fields.get(problem.field()) : fields.get(fallback);
            if (!((HasValidation) field).isInvalid()) {
                fieldError((HasValidation) field, problem.getMessage());
            }
            summary.add(new Problem(problem.getMessage(), focus(field)));
        }
        showProblems(summary);
    }

    protected void clearProblems() {
        body.getChildren().filter(child -> "error-summary".equals(child.getId().orElse(null))).toList()
                .forEach(body::remove);
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

    /** Check your answers: a list of rows, each with its "Change" link. */
    protected Div summaryList() {
        return SummaryList.of("summary");
    }

    protected void row(Div list, String id, String key, String value, Runnable change) {
        SummaryList.row(list, id, key, value, SummaryList.change(new NativeButton(
                getTranslation("portal.request.check.change"), event -> change.run()), id, key.toLowerCase(Locale.UK)));
    }

    protected static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    protected static Optional<String> nonBlank(String value) {
        return Optional.ofNullable(blankToNull(value));
    }
}
