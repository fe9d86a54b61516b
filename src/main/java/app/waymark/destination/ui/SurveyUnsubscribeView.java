package app.waymark.destination.ui;

import app.waymark.base.ui.LearnerPage;
import app.waymark.base.InvalidInputException;
import app.waymark.branding.BrandingService;
import app.waymark.destination.LearnerSurveys;
import app.waymark.tenant.TenantContext;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * The unsubscribe link in every survey message. Opening it changes nothing (mail scanners follow links); the learner
 * confirms with a button, and is then not contacted about the survey again.
 */
@Route(value = "survey/:token/unsubscribe", autoLayout = false)
@AnonymousAllowed
public class SurveyUnsubscribeView extends LearnerPage implements BeforeEnterObserver {

    private final LearnerSurveys surveys;
    private final SurveyLinks links;
    private final BrandingService brandings;

    private String token;
    private LearnerSurveys.Survey survey;

    SurveyUnsubscribeView(LearnerSurveys surveys, SurveyLinks links, BrandingService brandings) {
        this.surveys = surveys;
        this.links = links;
        this.brandings = brandings;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getRouteParameters().get("token").orElse("");
        SurveyLinks.Lookup lookup = links.open(token);
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
        if (survey.state() == LearnerSurveys.State.UNSUBSCRIBED) {
            SurveyStatePages.closed(this, survey.state());
            return;
        }
        showConfirm();
    }

    private void showConfirm() {
        page(getTranslation("survey.unsubscribe.title"), null);
        text(getTranslation("survey.unsubscribe.text", providerName()));
        if (survey.state() != LearnerSurveys.State.ANSWERED) {
            text(getTranslation("survey.unsubscribe.record", providerName()));
        }
        Button confirm = new Button(getTranslation("survey.unsubscribe.button"));
        confirm.setId("unsubscribe");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClassName("wm-survey-button");
        confirm.setDisableOnClick(true);
        confirm.addClickListener(event -> unsubscribe());
        body.add(confirm);
        if (survey.state() == LearnerSurveys.State.OPEN) {
            Anchor answer = new Anchor("survey/" + token, getTranslation("survey.unsubscribe.answer-instead"));
            answer.setId("answer-instead");
            answer.addClassName("wm-survey-link");
            body.add(new Div(answer));
        }
    }

    private void unsubscribe() {
        try {
            surveys.unsubscribe(survey);
        } catch (InvalidInputException e) {
            survey = surveys.open(token).orElseThrow();
            SurveyStatePages.closed(this, survey.state());
            return;
        }
        page(getTranslation("survey.unsubscribed.title"), null);
        text(getTranslation("survey.unsubscribed.text", providerName()));
        text(getTranslation("survey.thanks.close"));
        body.setId("survey-unsubscribed-done");
    }
}
