package app.waymark.tracker;

import app.waymark.IntegrationTest;
import app.waymark.learner.RecordChange;
import app.waymark.security.DemoAccounts;
import app.waymark.tenant.TenantContext;
import app.waymark.tenant.TenantService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A provider that applies contact-detail changes at once: raising one (by staff, or by the learner) changes the
 * record and leaves the tracker Processed, with its history, in the same transaction.
 */
class ContactChangesAtOnceTest extends IntegrationTest {

    @Autowired
    TrackerService trackers;
    @Autowired
    LearnerRequests requests;
    @Autowired
    TrackerTypeSettings settings;
    @Autowired
    TenantService tenants;
    @Autowired
    DemoAccounts accounts;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transactions;

    NotifiedProvider provider;

    @BeforeEach
    void aProviderThatAppliesContactChangesAtOnce() {
        provider = NotifiedProvider.create(tenants, accounts, jdbc, transactions, demoPassword);
        signIn(provider.email("admin"));
        settings.save(new TrackerTypeSetting(TrackerType.CHANGE_OF_CONTACT_DETAILS, true, false, true, 5));
        SecurityContextHolder.clearContext();
    }

    @Test
    void a_change_staff_raise_is_processed_at_once() {
        UUID learner = provider.learner("Cy");
        signIn(provider.email("tracker-create"));

        UUID tracker = trackers.raise(new RaiseRequest(TrackerType.CHANGE_OF_CONTACT_DETAILS, learner,
                new RecordChange.ContactDetailsChange("cy.new@learner.example", "07700900451"), null, null,
                "phone call from the learner", null, null));

        TrackerDetails details = trackers.details(tracker).orElseThrow();
        assertThat(details.summary().status()).isEqualTo(TrackerStatus.PROCESSED);
        assertThat(details.history()).extracting(TrackerHistoryLine::action).containsExactly("RAISED", "PROCESSED");
        assertThat(provider.query("select email from learner where id = ?", String.class, learner))
                .containsExactly("cy.new@learner.example");
    }

    @Test
    void a_change_the_learner_asks_for_is_processed_at_once() {
        UUID learner = provider.learner("Di");

        UUID tracker = TenantContext.callAs(provider.id, () -> requests.request(learner,
                new RecordChange.ContactDetailsChange("di.new@learner.example", null), "Learner portal", null));

        assertThat(TenantContext.callAs(provider.id, () -> requests.of(learner))).singleElement()
                .satisfies(request -> {
                    assertThat(request.trackerId()).isEqualTo(tracker);
                    assertThat(request.outcome()).isEqualTo(LearnerRequests.Outcome.ACCEPTED);
                });
        assertThat(provider.query("select email from learner where id = ?", String.class, learner))
                .containsExactly("di.new@learner.example");
    }
}
