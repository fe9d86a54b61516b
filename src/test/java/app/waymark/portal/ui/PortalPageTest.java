package app.waymark.portal.ui;

import app.waymark.portal.PortalTestLearners;
import app.waymark.tracker.LearnerRequests;
import app.waymark.ui.KaribuTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.List;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;

/** Karibu tests of the request-a-change pages, as a Riverside learner signed in to the portal (no staff sign-in). */
abstract class PortalPageTest extends KaribuTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    LearnerRequests requests;

    PortalTestLearners riverside;

    @BeforeEach
    void noStaffSignedIn() {
        SecurityContextHolder.clearContext();
        riverside = new PortalTestLearners(jdbc, transactions);
    }

    /** Signs the learner in and opens the page. */
    UUID openAs(String learnRefNumber, String route) {
        UUID learner = riverside.learner(learnRefNumber);
        riverside.signIn(learner, clock);
        UI.getCurrent().navigate(route);
        return learner;
    }

    List<LearnerRequests.LearnerRequest> requestsOf(UUID learner) {
        return riverside.inRiverside(() -> requests.of(learner));
    }

    static String heading() {
        return _get(H1.class, spec -> spec.withId("survey-heading")).getText();
    }

    static String pageText() {
        return _get(Main.class, spec -> spec.withClasses("wm-survey-body")).getElement().getTextRecursively();
    }

    static String errorSummary() {
        return _get(Div.class, spec -> spec.withId("error-summary")).getElement().getTextRecursively();
    }

    static String summary() {
        return _get(Div.class, spec -> spec.withId("summary")).getElement().getTextRecursively();
    }

    static TextField field(String id) {
        return _get(TextField.class, spec -> spec.withId(id));
    }

    static void type(String id, String value) {
        _setValue(field(id), value);
    }

    static void click(String id) {
        _click(_get(Button.class, spec -> spec.withId(id)));
    }

    static void clickLink(String id) {
        _click(_get(NativeButton.class, spec -> spec.withId(id)));
    }
}
