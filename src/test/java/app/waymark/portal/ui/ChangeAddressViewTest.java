package app.waymark.portal.ui;

import app.waymark.learner.RecordChange;
import app.waymark.tracker.LearnerRequests;
import app.waymark.tracker.TrackerService;
import app.waymark.tracker.TrackerType;
import app.waymark.tracker.TrackerTypeSetting;
import app.waymark.tracker.TrackerTypeSettings;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** Request a change of address: every problem at once, check your answers, sent; asking again updates it. */
class ChangeAddressViewTest extends PortalPageTest {

    @Autowired
    TrackerService trackers;
    @Autowired
    TrackerTypeSettings settings;

    @Test
    void every_problem_is_shown_on_its_field_and_in_the_summary_and_nothing_is_raised() {
        UUID learner = openAs("WM00000292", "me/riverside/change/address");
        assertThat(heading()).isEqualTo("What is your new address?");
        assertThat(_get(Paragraph.class, spec -> spec.withId("current-address")).getText())
                .startsWith("The address we have for you now: ");

        click("continue");

        assertThat(errorSummary()).contains("There is a problem", "Enter the first line of your address",
                "Enter your postcode");
        assertThat(field("addLine1").isInvalid()).isTrue();
        assertThat(field("addLine1").getErrorMessage()).isEqualTo("Enter the first line of your address");
        assertThat(field("postcode").getErrorMessage()).isEqualTo("Enter your postcode");

        type("addLine1", "4 Weir Road");
        type("addLine2", "x".repeat(51));
        type("postcode", "LS1 4A");
        click("continue");

        assertThat(errorSummary()).contains("Address line 2 must be 50 characters or fewer",
                "Enter a full UK postcode, like LS1 4AB").doesNotContain("first line");
        assertThat(field("addLine1").isInvalid()).isFalse();
        assertThat(heading()).isEqualTo("What is your new address?");
        assertThat(requestsOf(learner)).isEmpty();
    }

    @Test
    void the_learner_checks_the_new_address_sends_it_and_is_told_what_happens_next() {
        UUID learner = openAs("WM00000293", "me/riverside/change/address");
        type("addLine1", " 4 Weir Road ");
        type("addLine3", "Leeds");
        type("postcode", "ls1 4ab");
        click("continue");

        assertThat(heading()).isEqualTo("Check your answers");
        assertThat(summary()).contains("New address", "4 Weir Road", "Leeds", "LS1 4AB");
        clickLink("change-address");
        assertThat(heading()).isEqualTo("What is your new address?");
        assertThat(field("addLine3").getValue()).isEqualTo("Leeds");
        type("addLine2", "Holbeck");
        click("continue");
        assertThat(summary()).contains("Holbeck");

        click("submit");

        assertThat(heading()).isEqualTo("Request sent");
        LearnerRequests.LearnerRequest sent = requestsOf(learner).getFirst();
        assertThat(_get(Span.class, spec -> spec.withId("request-reference")).getText())
                .isEqualTo("Your reference is T-" + sent.number());
        assertThat(pageText()).contains("What happens next", "Riverside Training will check your request",
                "We will email or text you");
        assertThat(_get(Anchor.class, spec -> spec.withId("about-you-link")).getHref())
                .isEqualTo("me/riverside/about");
        assertThat(sent.type()).isEqualTo(TrackerType.CHANGE_OF_ADDRESS);
        assertThat(sent.source()).isEqualTo("Learner portal");
        assertThat(sent.outcome()).isEqualTo(LearnerRequests.Outcome.WAITING);
        assertThat(sent.change()).isEqualTo(new RecordChange.AddressChange("4 Weir Road", "Holbeck", "Leeds", null,
                "LS1 4AB"));

        // the browser's back button: the same page at the check-your-answers step
        UI.getCurrent().navigate("me/riverside/change/address", QueryParameters.of("step", "check"));
        assertThat(heading()).as("going back cannot send it twice").isEqualTo("Request sent");
        assertThat(requestsOf(learner)).hasSize(1);
    }

    @Test
    void asking_again_while_the_first_is_new_updates_it_and_the_page_says_so() {
        UUID learner = openAs("WM00000294", "me/riverside/change/address");
        sendAddress("1 Mill Yard", "LS2 7EQ");
        long number = requestsOf(learner).getFirst().number();

        openAgain();
        assertThat(_get(Paragraph.class, spec -> spec.withId("earlier-request")).getText())
                .contains("You have already asked for this change (T-" + number + ", on ")
                .contains("If Riverside Training has not started on it yet, a new request will replace it.");
        sendAddress("2 Mill Yard", "LS2 7EQ");

        assertThat(heading()).isEqualTo("Request updated");
        assertThat(_get(Paragraph.class, spec -> spec.withId("updated-earlier")).getText())
                .startsWith("We have updated your earlier request");
        assertThat(requestsOf(learner)).singleElement().satisfies(request -> {
            assertThat(request.number()).isEqualTo(number);
            assertThat(request.change()).isEqualTo(new RecordChange.AddressChange("2 Mill Yard", null, null, null,
                    "LS2 7EQ"));
        });
    }

    @Test
    void once_staff_have_started_on_the_earlier_request_the_page_says_so_and_nothing_changes() {
        signIn(RIVERSIDE_ADMIN);
        TrackerTypeSetting before = settings.of(TrackerType.CHANGE_OF_ADDRESS);
        settings.save(new TrackerTypeSetting(TrackerType.CHANGE_OF_ADDRESS, true, true, false, before.dueDays()));
        SecurityContextHolder.clearContext();
        try {
            UUID learner = openAs("WM00000295", "me/riverside/change/address");
            sendAddress("3 Mill Yard", "LS2 7EQ");
            UUID tracker = requestsOf(learner).getFirst().trackerId();
            signIn("tracker-preauthorise@riverside.example");
            trackers.preAuthorise(tracker, trackers.details(tracker).orElseThrow().version());
            SecurityContextHolder.clearContext();

            openAgain();
            sendAddress("4 Mill Yard", "LS2 7EQ");

            assertThat(heading()).isEqualTo("Your earlier request is being dealt with");
            assertThat(_get(Paragraph.class, spec -> spec.withId("refusal")).getText())
                    .contains("already dealing with your earlier request");
            assertThat(requestsOf(learner)).singleElement().satisfies(request -> assertThat(request.change())
                    .isEqualTo(new RecordChange.AddressChange("3 Mill Yard", null, null, null, "LS2 7EQ")));
        } finally {
            signIn(RIVERSIDE_ADMIN);
            settings.save(before);
            SecurityContextHolder.clearContext();
        }
    }

    /** A new visit to the page (from another page of the portal), as from About you. */
    private static void openAgain() {
        UI.getCurrent().navigate("me/riverside/change/name");
        UI.getCurrent().navigate("me/riverside/change/address");
    }

    private void sendAddress(String line1, String postcode) {
        type("addLine1", line1);
        type("postcode", postcode);
        click("continue");
        assertThat(heading()).isEqualTo("Check your answers");
        click("submit");
    }
}
