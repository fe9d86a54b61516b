package app.waymark.destination;

import app.waymark.learner.RecordChange;
import app.waymark.tracker.LearnerRequests;
import app.waymark.tracker.TrackerType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.security.core.context.SecurityContextHolder;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Release 0018's data changeset: contact details that were waiting on the old review screen become the trackers the
 * survey now raises. Pending updates are written the old way, then the changeset's SQL runs again as the schema
 * owner, as Liquibase ran it (it only takes what is still pending, so running it again is what a deployment does).
 */
class PendingContactUpdatesMigrationTest extends DestinationTest {

    private static final String CHANGESET =
            "/db/changelog/releases/0018-survey-contact-trackers/002-pending-contact-updates-become-trackers.sql";

    @Autowired
    Environment environment;
    @Autowired
    LearnerRequests requests;

    DispatchTestTenant provider;
    ReportTestData data;
    Instant submitted;

    @BeforeEach
    void aProviderWithTrackersNumberedTo41AndContactDetailsDueIn7Days() {
        provider = newProvider();
        data = new ReportTestData(provider, jdbc, transactions);
        submitted = Instant.now().minus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MILLIS);
        write("insert into tracker_number (tenant_id, last_number) values (?, 41)", provider.id);
        write("""
                insert into tracker_type_setting (tenant_id, tracker_type, enabled, pre_authorisation_required,
                    applies_at_once, due_days, updated_at)
                values (?, 'CHANGE_OF_CONTACT_DETAILS', true, false, false, 7, now())""", provider.id);
    }

    @Test
    void a_pending_update_becomes_a_new_numbered_tracker_raised_by_the_learner_from_the_survey() {
        UUID ann = learner("Ann", "old@mail.example", "07700900111");
        UUID invitation = pendingUpdate(ann, "new@mail.example", "07700 900222", submitted);

        migrate();

        Map<String, Object> tracker = provider.call(() -> transactions.execute(s -> jdbc.queryForMap("""
                select id, number, tracker_type, raised_by_kind, raised_by_id, raised_by_name, source, status,
                       requested_change::text as requested_change, raised_against::text as raised_against,
                       raised_at, due_on, assignee_id
                from tracker where learner_id = ?""", ann)));
        assertThat(tracker).containsEntry("number", 42L).containsEntry("tracker_type", "CHANGE_OF_CONTACT_DETAILS")
                .containsEntry("raised_by_kind", "LEARNER").containsEntry("raised_by_id", null)
                .containsEntry("raised_by_name", "Ann Tester").containsEntry("source", "Destination survey")
                .containsEntry("status", "NEW").containsEntry("assignee_id", null)
                .containsEntry("requested_change",
                        "{\"kind\": \"CONTACT_DETAILS\", \"email\": \"new@mail.example\", \"telNo\": \"07700900222\"}")
                .containsEntry("raised_against", "{\"Email\": \"old@mail.example\", \"TelNo\": \"07700900111\"}");
        assertThat(((Timestamp) tracker.get("raised_at")).toInstant()).isEqualTo(submitted);
        assertThat(tracker.get("due_on").toString()).isEqualTo(
                LocalDate.ofInstant(submitted, ZoneId.of("Europe/London")).plusDays(7).toString());
        UUID trackerId = (UUID) tracker.get("id");

        Map<String, Object> history = provider.call(() -> transactions.execute(s -> jdbc.queryForMap("""
                select action, actor_id, actor_name, at, before, after->>'source' as source,
                       after->'change'->>'email' as email, after->>'assignee' as assignee
                from tracker_history where tracker_id = ?""", trackerId)));
        assertThat(history).containsEntry("action", "RAISED").containsEntry("actor_id", null)
                .containsEntry("actor_name", "Ann Tester (the learner)").containsEntry("at", Timestamp.from(submitted))
                .containsEntry("before", null).containsEntry("source", "Destination survey")
                .containsEntry("email", "new@mail.example").containsEntry("assignee", "nobody");
        assertThat(provider.count("select last_number::int from tracker_number")).isEqualTo(42);
        assertThat(response(invitation)).containsEntry("contact_review", "TRACKER")
                .containsEntry("contact_tracker_id", trackerId).containsEntry("contact_note", null)
                .containsEntry("confirmed_email", "new@mail.example");
        assertThat(provider.count("""
                select count(*) from survey_response
                where contact_changed and submitted_at is not null and contact_review is null""")).isZero();

        // The tracker module reads it as one of the learner's own requests, change and all.
        SecurityContextHolder.clearContext();
        List<LearnerRequests.LearnerRequest> anns = provider.call(() -> requests.of(ann));
        assertThat(anns).singleElement().satisfies(request -> {
            assertThat(request.type()).isEqualTo(TrackerType.CHANGE_OF_CONTACT_DETAILS);
            assertThat(request.change()).isEqualTo(new RecordChange.ContactDetailsChange("new@mail.example",
                    "07700900222"));
            assertThat(request.outcome()).isEqualTo(LearnerRequests.Outcome.WAITING);
            assertThat(request.source()).isEqualTo("Destination survey");
            assertThat(request.number()).isEqualTo(42);
        });
    }

    @Test
    void the_migrated_tracker_is_written_as_the_survey_now_raises_one() {
        UUID ann = learner("Ann", "old@mail.example", "07700900111");
        pendingUpdate(ann, "new@mail.example", null, submitted);
        UUID bea = learner("Bea", "bea@mail.example", "07700900333");
        SecurityContextHolder.clearContext();
        provider.call(() -> requests.request(bea, new RecordChange.ContactDetailsChange("bea@new.example",
                "07700900333"), LearnerSurveys.TRACKER_SOURCE, null));

        migrate();

        String shapes = """
                select t.raised_by_kind, t.raised_by_name, t.source, t.status,
                       (select array_agg(k order by k) from jsonb_object_keys(t.requested_change) k)::text as change,
                       t.requested_change->>'kind' as kind,
                       (select array_agg(k order by k) from jsonb_object_keys(t.raised_against) k)::text as against,
                       (select array_agg(k order by k) from jsonb_object_keys(h.after) k)::text as history,
                       (select array_agg(k order by k) from jsonb_object_keys(h.after->'change') k)::text as changed,
                       h.action, h.actor_name like '% (the learner)' as actor
                from tracker t join tracker_history h on h.tracker_id = t.id
                where t.learner_id = ?""";
        Map<String, Object> migrated = provider.call(() -> transactions.execute(s -> jdbc.queryForMap(shapes, ann)));
        Map<String, Object> raised = provider.call(() -> transactions.execute(s -> jdbc.queryForMap(shapes, bea)));
        migrated.remove("raised_by_name");
        raised.remove("raised_by_name");
        assertThat(migrated).isEqualTo(raised);
    }

    @Test
    void what_the_tracker_rules_would_refuse_is_kept_with_the_reason_and_is_no_longer_pending() {
        UUID cat = learner("Cat", "cat@mail.example", "07700900444");
        UUID older = pendingUpdate(cat, "cat@old.example", null, submitted.minus(40, ChronoUnit.DAYS));
        UUID newer = pendingUpdate(cat, "cat@new.example", null, submitted);
        UUID dan = learner("Dan", null, null);
        UUID noEmail = pendingUpdate(dan, "", "07700 900555", submitted);
        UUID eve = learner("Eve", "eve@mail.example", "07700900666");
        UUID sameAgain = pendingUpdate(eve, "EVE@mail.example", "+44 7700 900666", submitted);

        migrate();

        assertThat(response(older)).containsEntry("contact_review", "NOT_RAISED").containsEntry("contact_note",
                "Replaced by the contact details the learner gave in a later survey");
        assertThat(response(newer)).containsEntry("contact_review", "TRACKER");
        assertThat(response(noEmail)).containsEntry("contact_review", "NOT_RAISED").containsEntry("contact_note",
                "An email address is required: it cannot be left empty");
        assertThat(response(sameAgain)).containsEntry("contact_review", "NOT_RAISED").containsEntry("contact_note",
                "The learner's record already holds these contact details");
        assertThat(provider.query("select learner_id from tracker", UUID.class)).containsExactly(cat);
        assertThat(provider.count("select last_number::int from tracker_number")).isEqualTo(42);
    }

    private UUID learner(String givenNames, String email, String telNo) {
        UUID learner = provider.learner(givenNames, email, null, LocalDate.now().minusDays(60), "", "");
        write("update learner set tel_no = ?, mobile_e164 = ? where id = ?", telNo,
                telNo == null ? null : "+44" + telNo.substring(1), learner);
        return learner;
    }

    /** An answered survey whose contact details wait for staff, as the survey wrote them before release 0018. */
    private UUID pendingUpdate(UUID learner, String email, String mobile, Instant at) {
        UUID invitation = data.invitation(learner, LocalDate.ofInstant(at, ZoneId.of("Europe/London")).minusDays(30),
                "ANSWERED", at.minus(2, ChronoUnit.DAYS), at);
        write("""
                insert into survey_response (tenant_id, invitation_id, answers, confirmed_email, confirmed_mobile,
                    contact_changed, updated_at, submitted_at)
                values (?, ?, '{}'::jsonb, ?, ?, true, ?, ?)""", provider.id, invitation, email, mobile,
                Timestamp.from(at), Timestamp.from(at));
        return invitation;
    }

    private Map<String, Object> response(UUID invitation) {
        return provider.call(() -> transactions.execute(s -> jdbc.queryForMap(
                "select * from survey_response where invitation_id = ?", invitation)));
    }

    private void write(String sql, Object... parameters) {
        provider.run(() -> transactions.executeWithoutResult(s -> jdbc.update(sql, parameters)));
    }

    /** The changeset's statement, run as the schema owner, as Liquibase runs it. */
    private void migrate() {
        String file;
        try (InputStream in = getClass().getResourceAsStream(CHANGESET)) {
            file = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + CHANGESET, e);
        }
        String start = "--changeset waymark:0018-002-pending-contact-updates-become-trackers";
        String body = file.substring(file.indexOf(start));
        body = body.substring(body.indexOf('\n') + 1, body.indexOf("--changeset", start.length()));
        new JdbcTemplate(new DriverManagerDataSource(environment.getRequiredProperty("spring.liquibase.url"),
                environment.getRequiredProperty("spring.liquibase.user"),
                environment.getRequiredProperty("spring.liquibase.password"))).execute(body);
    }
}
