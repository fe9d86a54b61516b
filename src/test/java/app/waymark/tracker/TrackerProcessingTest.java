package app.waymark.tracker;

import app.waymark.IntegrationTest;
import app.waymark.audit.AuditActions;
import app.waymark.audit.AuditService;
import app.waymark.base.InvalidInputException;
import app.waymark.base.Sentence;
import app.waymark.base.security.CurrentActor;
import app.waymark.learner.LearnerDetails;
import app.waymark.learner.LearnerFilter;
import app.waymark.learner.LearnerService;
import app.waymark.learner.RecordChange;
import app.waymark.security.DemoAccounts;
import app.waymark.tenant.TenantService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TrackerProcessingTest extends IntegrationTest {

    @Autowired
    TrackerService trackers;
    @Autowired
    LearnerService learners;
    @Autowired
    AuditService audit;
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

    @Test
    void an_address_change_raised_for_the_learner_is_previewed_then_processed_with_history_and_audit() {
        signIn("tutor@riverside.example");
        UUID learner = learner("WM00000021");
        UUID tracker = trackers.raise(address(learner, "9 Orchard Row", "LS6 2AB", "phone call from learner"));
        TrackerDetails raised = trackers.details(tracker).orElseThrow();
        assertThat(raised.summary().status()).isEqualTo(TrackerStatus.NEW);
        assertThat(raised.raisedBy()).isEqualTo(RaisedBy.STAFF_FOR_LEARNER);
        assertThat(raised.source()).isEqualTo("phone call from learner");
        assertThat(raised.may(TrackerAction.PROCESS)).isFalse();
        assertThat(raised.actions().get(TrackerAction.PROCESS)).contains(Sentence.of("tracker.refused.process"));
        assertThat(raised.preview().effects()).singleElement().satisfies(effect -> {
            assertThat(effect.key()).isEqualTo("change.effect.address");
            assertThat(effect.args().get(1)).isEqualTo("9 Orchard Row, LS6 2AB");
        });

        signIn("tracker-process@riverside.example");
        trackers.process(tracker, raised.version(), Map.of());

        LearnerDetails.Contact contact = learners.details(learner).orElseThrow().contact();
        assertThat(contact.addLine1()).isEqualTo("9 Orchard Row");
        assertThat(contact.postcode()).isEqualTo("LS6 2AB");
        TrackerDetails processed = trackers.details(tracker).orElseThrow();
        assertThat(processed.summary().status()).isEqualTo(TrackerStatus.PROCESSED);
        assertThat(processed.history()).extracting(TrackerHistoryLine::action).containsExactly("RAISED", "PROCESSED");
        assertThat(processed.history().getLast().after()).contains("LS6 2AB");
        assertThat(audit.historyOf("learner", learner.toString(), 5)).anySatisfy(entry -> {
            assertThat(entry.action()).isEqualTo(AuditActions.LEARNER_RECORD_CHANGED);
            assertThat(entry.detailsAfter()).contains("T-" + processed.summary().number());
        });
    }

    @Test
    void a_change_made_to_the_learner_after_raising_is_shown_and_not_overwritten_unseen() {
        signIn("tutor@riverside.example");
        UUID learner = learner("WM00000022");
        UUID tracker = trackers.raise(address(learner, "1 First Street", "LS1 1AA", "email from learner"));
        signIn("mis@riverside.example");
        LearnerDetails.Contact before = learners.details(learner).orElseThrow().contact();
        learners.correctContact(learner, new LearnerDetails.Contact("22 Other Road", null, null, null, "LS2 2BB",
                before.telNo(), null, before.email()));

        signIn("tracker-process@riverside.example");
        TrackerDetails page = trackers.details(tracker).orElseThrow();
        assertThat(page.changedSinceRaised()).extracting(ValueSinceRaised::field).contains("AddLine1", "Postcode");
        assertThat(page.changedSinceRaised()).filteredOn(value -> value.field().equals("Postcode"))
                .singleElement().extracting(ValueSinceRaised::now).isEqualTo("LS2 2BB");
        assertThatThrownBy(() -> trackers.process(tracker, page.version(), Map.of()))
                .isInstanceOf(TrackerConflictException.class);
        assertThat(learners.details(learner).orElseThrow().contact().addLine1()).isEqualTo("22 Other Road");

        trackers.process(tracker, page.version(), page.currentValues());
        assertThat(learners.details(learner).orElseThrow().contact().addLine1()).isEqualTo("1 First Street");
    }

    @Test
    void a_stale_version_is_refused_and_changes_nothing() {
        signIn("tutor@riverside.example");
        UUID tracker = trackers.raise(address(learner("WM00000023"), "3 Stale Close", "LS3 3CC", "letter"));
        long version = trackers.details(tracker).orElseThrow().version();
        signIn("tracker-process@riverside.example");
        trackers.assign(java.util.List.of(tracker), CurrentActor.require().id());
        assertThatThrownBy(() -> trackers.process(tracker, version, Map.of()))
                .isInstanceOf(TrackerConflictException.class);
        assertThat(trackers.details(tracker).orElseThrow().summary().status()).isEqualTo(TrackerStatus.NEW);
    }

    @Test
    void staff_must_say_how_a_learner_led_change_reached_them_and_may_not_blank_the_email() {
        signIn("tutor@riverside.example");
        UUID learner = learner("WM00000024");
        assertThatThrownBy(() -> trackers.raise(address(learner, "4 Quiet Way", "LS4 4DD", " ")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("source"));
        assertThatThrownBy(() -> trackers.raise(new RaiseRequest(TrackerType.CHANGE_OF_CONTACT_DETAILS, learner,
                new RecordChange.ContactDetailsChange(" ", "07700900999"), null, null, "email", null, null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("email");
                    assertThat(e.getMessage()).contains("cannot be left empty");
                });
        assertThat(trackers.count(TrackerFilter.ofLearner(learner))).isZero();
    }

    @Test
    void rejecting_needs_a_reason_and_only_the_raiser_may_cancel() {
        signIn("tutor@riverside.example");
        UUID tracker = trackers.raise(address(learner("WM00000025"), "5 Fifth Ave", "LS5 5EE", "email"));
        long version = trackers.details(tracker).orElseThrow().version();

        signIn("compliance@riverside.example");
        assertThatThrownBy(() -> trackers.reject(tracker, version, ""))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("reason"));
        assertThatThrownBy(() -> trackers.cancel(tracker, version))
                .isInstanceOfSatisfying(TrackerRefusedException.class,
                        e -> assertThat(e.why().key()).isEqualTo("tracker.refused.cancel"));

        signIn("tutor@riverside.example");
        trackers.cancel(tracker, version);
        TrackerDetails cancelled = trackers.details(tracker).orElseThrow();
        assertThat(cancelled.summary().status()).isEqualTo(TrackerStatus.CANCELLED);
        assertThat(cancelled.actions().values()).allSatisfy(refusal ->
                assertThat(refusal).contains(Sentence.of("tracker.refused.closed")));
    }

    @Test
    void someone_without_create_cannot_raise() {
        signIn("tracker-process@riverside.example");
        UUID learner = learner("WM00000026");
        assertThatThrownBy(() -> trackers.raise(address(learner, "6 Six Row", "LS6 6FF", "email")))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_contact_details_change_set_to_apply_at_once_is_processed_as_it_is_raised() {
        NotifiedProvider provider = NotifiedProvider.create(tenants, accounts, jdbc, transactions, demoPassword);
        UUID learner = provider.learner("Ivy");
        signIn(provider.email("admin"));
        settings.save(new TrackerTypeSetting(TrackerType.CHANGE_OF_CONTACT_DETAILS, true, false, true, 5));

        signIn(provider.email("tracker-create"));
        UUID tracker = trackers.raise(new RaiseRequest(TrackerType.CHANGE_OF_CONTACT_DETAILS, learner,
                new RecordChange.ContactDetailsChange("ivy.new@learner.example", null), null, null,
                "email from learner", null, null));

        TrackerDetails raised = trackers.details(tracker).orElseThrow();
        assertThat(raised.summary().status()).isEqualTo(TrackerStatus.PROCESSED);
        assertThat(raised.history()).extracting(TrackerHistoryLine::action).containsExactly("RAISED", "PROCESSED");
        assertThat(learners.details(learner).orElseThrow().contact().email()).isEqualTo("ivy.new@learner.example");
    }

    private static RaiseRequest address(UUID learner, String line1, String postcode, String source) {
        return new RaiseRequest(TrackerType.CHANGE_OF_ADDRESS, learner,
                new RecordChange.AddressChange(line1, null, null, null, postcode), null, null, source, null, null);
    }

    private UUID learner(String learnRefNumber) {
        return learners.find(new LearnerFilter(learnRefNumber, null, null, null, null), 0, 1, Sort.unsorted())
                .getFirst().id();
    }
}
