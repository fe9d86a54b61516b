package app.waymark.destination.ui;

import app.waymark.base.InvalidInputException;
import app.waymark.base.ui.InputErrors;
import app.waymark.base.ui.LearnerPage;
import app.waymark.branding.BrandingService;
import app.waymark.destination.DestinationField;
import app.waymark.destination.LearnerSurveys;
import app.waymark.destination.SurveyDraft;
import app.waymark.tenant.TenantContext;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import java.time.Clock;
import java.util.List;

/**
 * The destination survey a learner opens from their email or SMS, without signing in. Opening it reads only; the
 * answers are saved after each page (so the link resumes where the learner was) and recorded on "Send my answers".
 * This is the shell: it checks the link, shows the page for a link that is not usable any more, saves and submits;
 * {@link SurveyFlow} decides the pages and one component per page shows each (start, what you have been doing, one
 * details page per activity, answers that do not fit together, contact details, check your answers, thank you).
 */
@Route(value = "survey/:token", autoLayout = false)
@AnonymousAllowed
public class SurveyView extends LearnerPage implements BeforeEnterObserver {

    private final LearnerSurveys surveys;
    private final SurveyLinks links;
    private final BrandingService brandings;
    private final Clock clock;
    private final SurveyShell shell = new Shell();

    private String token;
    private LearnerSurveys.Survey survey;
    private SurveyFlow flow;
    private boolean submitting;
    /** True while showing the page the address asks for (browser back or forward): nothing is added to history. */
    private boolean followingAddress;
    private String shownAddress = "";

    SurveyView(LearnerSurveys surveys, SurveyLinks links, BrandingService brandings, Clock clock) {
        this.surveys = surveys;
        this.links = links;
        this.brandings = brandings;
        this.clock = clock;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String opened = event.getRouteParameters().get("token").orElse("");
        SurveyLinks.Lookup lookup = links.open(opened);
        survey = lookup.survey();
        if (survey == null) {
            brand(null);
            if (lookup.stopped()) {
                SurveyStatePages.tooManyGuesses(this);
            } else {
                SurveyStatePages.notRecognised(this);
            }
            return;
        }
        brand(TenantContext.callAs(survey.tenantId(), brandings::current));
        if (flow == null || !opened.equals(token)) {
            flow = new SurveyFlow(survey.leavingDate(), survey.highNeeds(), survey.email(), survey.mobile(),
                    survey.draft(), clock);
        } else {
            flow.reload(survey.draft());
        }
        token = opened;
        if (survey.state() != LearnerSurveys.State.OPEN) {
            SurveyStatePages.closed(this, survey.state());
            return;
        }
        followingAddress = true;
        try {
            render(flow.resume(event.getLocation().getQueryParameters().getSingleParameter("page").orElse("")));
        } finally {
            followingAddress = false;
        }
    }

    /** Shows a step: back link and heading, then the page's component; each page adds its name to the history. */
    private void render(SurveyStep step) {
        SurveyPageContent content = switch (step.page()) {
            case START -> new SurveyStartPage(flow, shell, survey.firstName());
            case ACTIVITIES -> new SurveyActivitiesPage(flow, shell);
            case DETAILS -> new SurveyDetailsPage(flow, shell);
            case CONFLICTS -> new SurveyConflictsPage(flow, shell);
            case CONTACT -> new SurveyContactPage(flow, shell);
            case CHECK -> new SurveyCheckPage(flow, shell);
            case THANKS -> new SurveyThanksPage(flow, shell);
        };
        H1 heading = page(content.heading(), flow.previous().isPresent() ? () -> render(flow.back()) : null);
        if (content instanceof SurveyThanksPage thanks) {
            body.remove(heading);
            thanks.holdHeading(heading);
        } else {
            content.caption().ifPresent(caption -> body.addComponentAtIndex(headingIndex(), caption));
            remember(step.address());
        }
        body.add(content);
        content.shown();
    }

    private void remember(String address) {
        boolean samePage = address.equals(shownAddress);
        shownAddress = address;
        if (!followingAddress && !samePage) {
            getUI().ifPresent(ui -> ui.getPage().getHistory().pushState(null,
                    new Location("survey/" + token, QueryParameters.of("page", address))));
        }
    }

    private void submit() {
        if (submitting) {
            return;
        }
        submitting = true;
        try {
            surveys.submit(survey, flow.draft());
        } catch (InvalidInputException e) {
            submitting = false;
            if (closedMeanwhile(e)) {
                return;
            }
            render(flow.current());
            Runnable change = () -> render(flow.changeActivities());
            shell.showProblems(InputErrors.texts(this, e).stream().map(text -> new Problem(text, change)).toList());
            return;
        }
        render(flow.submitted());
    }

    /** Saves the draft and moves on; the page that says why when the survey has stopped being open meanwhile. */
    private void save(SurveyDraft changed) {
        try {
            survey = surveys.saveDraft(survey, changed);
        } catch (InvalidInputException e) {
            if (closedMeanwhile(e)) {
                return;
            }
            throw e;
        }
        render(flow.saved(survey.draft()));
    }

    /** A refusal because the survey stopped being open (answered in another tab, expired): shows why. */
    private boolean closedMeanwhile(InvalidInputException e) {
        if (e.formField().filter(DestinationField.SURVEY::equals).isEmpty()) {
            return false;
        }
        survey = surveys.open(token).orElseThrow();
        SurveyStatePages.closed(this, survey.state());
        return true;
    }

    private int headingIndex() {
        return body.getChildren().map(child -> child.getId().orElse("")).toList().indexOf("survey-heading");
    }

    private void removeErrorSummary() {
        body.getChildren().filter(child -> "error-summary".equals(child.getId().orElse(null))).toList()
                .forEach(body::remove);
    }

    /** The shell's side of the page components: kept off the view's public face. */
    private final class Shell implements SurveyShell {

        @Override
        public void show(SurveyStep step) {
            render(step);
        }

        @Override
        public void save(SurveyDraft changed) {
            SurveyView.this.save(changed);
        }

        @Override
        public void submit() {
            SurveyView.this.submit();
        }

        @Override
        public void showProblems(List<Problem> problems) {
            removeErrorSummary();
            body.addComponentAtIndex(headingIndex() + 1, errorSummary(problems));
        }

        @Override
        public void clearProblems() {
            removeErrorSummary();
        }

        @Override
        public String providerName() {
            return SurveyView.this.providerName();
        }

        @Override
        public Runnable focus(Component field) {
            return LearnerPage.focus(field);
        }
    }
}
