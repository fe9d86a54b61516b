package app.waymark.destination;

import app.waymark.audit.AuditActions;
import app.waymark.base.InvalidInputException;
import app.waymark.base.security.Permission;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Contact details learners correct at the end of the survey wait for staff, who apply or dismiss them. */
class SurveyContactUpdatesTest extends DestinationTest {

    @Autowired
    SurveyContactUpdates updates;

    DispatchTestTenant provider;
    UUID learner;
    UUID invitation;

    @BeforeEach
    void aLearnerWhoCorrectedTheirContactDetails() {
        provider = newProvider();
        LocalDate left = ukToday().minusDays(20);
        learner = provider.learner("Ann", "old@mail.example", "+447700900111", left, "", "");
        invitation = new ReportTestData(provider, jdbc, transactions).invitation(learner, left, "ANSWERED",
                Instant.now().minusSeconds(86_400), Instant.now());
        response(invitation, "new@mail.example", "+447700900222", true);
    }

    private void response(UUID invitationId, String email, String mobile, boolean changed) {
        provider.run(() -> transactions.executeWithoutResult(s -> jdbc.update("""
                insert into survey_response (tenant_id, invitation_id, answers, confirmed_email, confirmed_mobile,
                    contact_changed, updated_at, submitted_at)
                values (?, ?, '{}'::jsonb, ?, ?, ?, now(), now())""", provider.id, invitationId, email, mobile,
                changed)));
    }

    private Map<String, Object> learnerRow() {
        return provider.call(() -> transactions.execute(s -> jdbc.queryForMap(
                "select email, tel_no, mobile_e164 from learner where id = ?", learner)));
    }

    @Test
    void a_corrected_email_and_mobile_wait_for_staff_next_to_what_the_record_holds() {
        var pending = provider.call(() -> updates.pending());

        assertThat(pending).singleElement().satisfies(update -> {
            assertThat(update.learnerId()).isEqualTo(learner);
            assertThat(update.currentEmail()).isEqualTo("old@mail.example");
            assertThat(update.givenEmail()).isEqualTo("new@mail.example");
            assertThat(update.emailChanged()).isTrue();
            assertThat(update.mobileChanged()).isTrue();
        });
        assertThat(provider.call(() -> updates.pendingFor(learner))).isPresent();
        assertThat(provider.call(() -> updates.pendingCount())).isEqualTo(1);
    }

    @Test
    void applying_writes_the_learners_record_audits_it_and_leaves_nothing_pending() {
        provider.run(() -> updates.apply(invitation));

        assertThat(learnerRow()).containsEntry("email", "new@mail.example")
                .containsEntry("tel_no", "+447700900222").containsEntry("mobile_e164", "+447700900222");
        assertThat(provider.call(() -> updates.pending())).isEmpty();
        assertThat(provider.count("select count(*) from audit_event where action = ? and subject_id = ?",
                AuditActions.SURVEY_CONTACT_UPDATE_APPLIED, learner.toString())).isOne();
        assertThat(provider.count("select count(*) from audit_event where action = ? and subject_id = ?",
                AuditActions.LEARNER_CONTACT_CORRECTED, learner.toString())).isOne();
        assertThatThrownBy(() -> provider.run(() -> updates.apply(invitation)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("already been dealt with");
    }

    @Test
    void dismissing_keeps_the_record_as_it_was() {
        provider.run(() -> updates.dismiss(invitation));

        assertThat(learnerRow()).containsEntry("email", "old@mail.example");
        assertThat(provider.call(() -> updates.pendingFor(learner))).isEmpty();
        assertThat(provider.count("select count(*) from survey_response where contact_review = 'DISMISSED'"))
                .isOne();
    }

    @Test
    void confirmed_unchanged_details_and_other_providers_updates_are_not_listed() {
        DispatchTestTenant other = newProvider();
        LocalDate left = ukToday().minusDays(5);
        UUID theirs = other.learner("Bob", "bob@mail.example", null, left, "", "");
        UUID theirInvitation = new ReportTestData(other, jdbc, transactions).invitation(theirs, left, "ANSWERED",
                Instant.now(), Instant.now());
        other.run(() -> transactions.executeWithoutResult(s -> jdbc.update("""
                insert into survey_response (tenant_id, invitation_id, answers, confirmed_email, contact_changed,
                    updated_at, submitted_at)
                values (?, ?, '{}'::jsonb, 'bob@new.example', true, now(), now())""", other.id, theirInvitation)));
        UUID confirmedOnly = provider.learner("Cat", "cat@mail.example", null, left, "", "");
        response(new ReportTestData(provider, jdbc, transactions).invitation(confirmedOnly, left, "ANSWERED",
                Instant.now(), Instant.now()), "cat@mail.example", null, false);

        assertThat(provider.call(() -> updates.pending())).extracting(SurveyContactUpdates.ContactUpdate::learnerId)
                .containsExactly(learner);
        assertThatThrownBy(() -> provider.run(() -> updates.apply(theirInvitation)))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void only_staff_who_may_edit_learners_apply_or_dismiss() {
        DispatchTestTenant.actAsWithPermissions(Permission.LEARNER_VIEW);

        assertThat(provider.call(() -> updates.pending())).hasSize(1);
        assertThatThrownBy(() -> provider.run(() -> updates.apply(invitation)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> provider.run(() -> updates.dismiss(invitation)))
                .isInstanceOf(AccessDeniedException.class);
    }
}
