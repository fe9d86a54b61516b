package app.waymark.tracker;

import app.waymark.IntegrationTest;
import app.waymark.TestMailServer;
import app.waymark.base.InvalidInputException;
import app.waymark.learner.LearnerContactPoints;
import app.waymark.learner.LearnerFilter;
import app.waymark.learner.LearnerService;
import app.waymark.learner.RecordChange;
import app.waymark.security.DemoAccounts;
import app.waymark.tenant.TenantContext;
import app.waymark.tenant.TenantService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import static app.waymark.TestMailServer.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** Requests a learner makes themselves: raised with no member of staff signed in, in the learner's provider. */
class LearnerRequestsTest extends IntegrationTest {

    @Autowired
    LearnerRequests requests;
    @Autowired
    TrackerService trackers;
    @Autowired
    LearnerService learners;
    @Autowired
    LearnerContactPoints contactPoints;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    TenantService tenants;
    @Autowired
    DemoAccounts accounts;
    @Autowired
    TrackerTypeSettings settings;

    @Test
    void a_learners_request_is_a_learner_raised_tracker_and_asking_again_while_new_changes_it() {
        UUID learner = learner("WM00000281");
        UUID first = asTheLearner(() -> requests.request(learner, address("1 Lark Lane", "ls1 4ab"),
                "Learner portal", null));
        UUID second = asTheLearner(() -> requests.request(learner, address("2 Lark Lane", "LS1 4AB"),
                "Learner portal", null));

        assertThat(second).isEqualTo(first);
        signIn("tracker-process@riverside.example");
        TrackerDetails details = trackers.details(first).orElseThrow();
        assertThat(details.raisedBy()).isEqualTo(RaisedBy.LEARNER);
        assertThat(details.source()).isEqualTo("Learner portal");
        assertThat(details.change()).isEqualTo(new RecordChange.AddressChange("2 Lark Lane", null, null, null,
                "LS1 4AB"));
        assertThat(details.history()).extracting(TrackerHistoryLine::action).containsExactly("RAISED", "EDITED");
        assertThat(details.history().getFirst().actorName()).endsWith("(the learner)");
        List<LearnerRequests.LearnerRequest> mine = asTheLearner(() -> requests.of(learner));
        assertThat(mine).singleElement().satisfies(request -> {
            assertThat(request.outcome()).isEqualTo(LearnerRequests.Outcome.WAITING);
            assertThat(request.type()).isEqualTo(TrackerType.CHANGE_OF_ADDRESS);
        });
    }

    @Test
    void once_staff_have_pre_authorised_a_request_another_of_that_kind_waits_until_it_is_finished() {
        NotifiedProvider provider = NotifiedProvider.create(tenants, accounts, jdbc, transactions, demoPassword);
        signIn(provider.email("admin"));
        TrackerTypeSetting address = TrackerTypeSetting.defaults(TrackerType.CHANGE_OF_ADDRESS);
        settings.save(new TrackerTypeSetting(address.type(), true, true, false, address.dueDays()));
        UUID learner = provider.learner("Lara");
        UUID tracker = asLearnerOf(provider.id, () -> requests.request(learner, address("3 Lark Lane", "LS1 4AB"),
                "Learner portal", null));
        signIn(provider.email("tracker-preauthorise"));
        trackers.preAuthorise(tracker, trackers.details(tracker).orElseThrow().version());

        assertThatThrownBy(() -> asLearnerOf(provider.id, () -> requests.request(learner,
                address("4 Lark Lane", "LS1 4AB"), "Learner portal", null)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("already dealing with your earlier request");
        UUID name = asLearnerOf(provider.id, () -> requests.request(learner,
                new RecordChange.NameChange("Lara", "Lark", false), "Learner portal", null));
        assertThat(name).isNotEqualTo(tracker);
    }

    @Test
    void the_learner_is_emailed_when_staff_process_a_request_and_when_they_reject_one_with_the_reason() {
        UUID learner = learner("WM00000283");
        String email = asTheLearner(() -> contactPoints.of(learner).orElseThrow().email());
        UUID address = asTheLearner(() -> requests.request(learner, address("5 Lark Lane", "LS1 4AB"),
                "Learner portal", null));
        UUID name = asTheLearner(() -> requests.request(learner, new RecordChange.NameChange("Bea", "Lark", true),
                "Learner portal", null));

        signIn("tracker-process@riverside.example");
        trackers.process(address, trackers.details(address).orElseThrow().version(), Map.of());
        trackers.reject(name, trackers.details(name).orElseThrow().version(), "We need to see your deed poll.");

        await().atMost(Duration.ofSeconds(20)).until(() -> MAIL.receivedBy(email).size() >= 2);
        List<String> bodies = MAIL.receivedBy(email).stream().map(TestMailServer::text).toList();
        assertThat(bodies).anySatisfy(body -> assertThat(body).contains("We have made the change you asked for:"
                + " change of address").contains("/me/riverside"));
        assertThat(bodies).anySatisfy(body -> assertThat(body).contains("change of name")
                .contains("The reason: We need to see your deed poll."));
        assertThat(asTheLearner(() -> requests.of(learner))).extracting(LearnerRequests.LearnerRequest::outcome)
                .containsExactlyInAnyOrder(LearnerRequests.Outcome.ACCEPTED, LearnerRequests.Outcome.NOT_ACCEPTED);
    }

    @Test
    void a_learner_cannot_ask_for_a_staff_led_change() {
        UUID learner = learner("WM00000284");
        assertThatThrownBy(() -> asTheLearner(() -> requests.request(learner,
                new RecordChange.Withdrawal(java.time.LocalDate.of(2026, 11, 1), 2), "Learner portal", null)))
                .isInstanceOf(InvalidInputException.class);
    }

    private <T> T asTheLearner(Supplier<T> work) {
        return asLearnerOf(riverside(), work);
    }

    private static <T> T asLearnerOf(UUID provider, Supplier<T> work) {
        SecurityContextHolder.clearContext();
        return TenantContext.callAs(provider, work::get);
    }

    private UUID riverside() {
        return jdbc.queryForObject("select id from tenant where slug = 'riverside'", UUID.class);
    }

    private UUID learner(String learnRefNumber) {
        signIn("tutor@riverside.example");
        UUID id = learners.find(new LearnerFilter(learnRefNumber, null, null, null, null), 0, 1, Sort.unsorted())
                .getFirst().id();
        SecurityContextHolder.clearContext();
        return id;
    }

    private static RecordChange.AddressChange address(String line1, String postcode) {
        return new RecordChange.AddressChange(line1, null, null, null, postcode);
    }
}
