package app.waymark.destination;

import app.waymark.audit.AuditActions;
import app.waymark.audit.AuditEntry;
import app.waymark.audit.AuditService;
import app.waymark.base.EmailAddresses;
import app.waymark.base.PublicLinks;
import app.waymark.base.TimeOrderedIds;
import app.waymark.base.db.ArrayParameters;
import app.waymark.base.security.CurrentActor;
import app.waymark.base.security.Permission;
import app.waymark.branding.BrandedMessages;
import app.waymark.branding.MessageKind;
import app.waymark.tenant.CurrentTenant;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Array;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The daily destination survey run for one provider (call it in the provider's tenant context): invite learners
 * who have left, send reminders to those who have not answered, and close unanswered surveys with OTH-3. Safe to run
 * twice, or on two nodes at once: the run holds a per-tenant lock, one invitation exists per learner and leaving
 * date, messages are queued once per purpose, and an automatic OTH-3 once per learner and start date.
 */
@Service
public class SurveyDispatch {

    /** The recurring job that calls {@link #runDaily()} for every active provider. */
    public static final String DAILY_RUN_JOB = "destination-daily-survey-run";

    static final ZoneId UK = ZoneId.of("Europe/London");
    static final String SYSTEM = "Waymark (daily survey run)";
    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final DestinationSettingsService settings;
    private final BrandedMessages messages;
    private final PublicLinks links;
    private final AuditService audit;
    private final Clock clock;

    SurveyDispatch(JdbcTemplate jdbc, TransactionTemplate transactions, DestinationSettingsService settings,
                   BrandedMessages messages, PublicLinks links, AuditService audit, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.settings = settings;
        this.messages = messages;
        this.links = links;
        this.audit = audit;
        this.clock = clock;
    }

    /** The whole daily run for the current tenant; nothing when tracking is off. */
    public DispatchReport runDaily() {
        TrackingSettings current = settings.current();
        if (!current.trackingEnabled()) {
            return DispatchReport.NOTHING;
        }
        LocalDate today = LocalDate.now(clock.withZone(UK));
        return transactions.execute(status -> {
            lockTenantsSurveys();
            return invite(current, today).plus(remind(current, today)).plus(closeUnanswered(current, today));
        });
    }

    /** What sending one survey by hand came to: the channels used, or why none could be. */
    public record ManualSend(boolean sent, boolean email, boolean sms, List<String> reasons) {
    }

    /**
     * The seed's "test case": sends a survey to one learner now, with the provider's contact rule and channels, even
     * while tracking is off. Nothing is written when the learner cannot be reached; the reasons say why. A learner
     * who left before the back-population date is refused too (decision 0044): the daily run would remind them and
     * close their survey with OTH-3, tracking a learner the provider chose not to track.
     */
    @PreAuthorize("hasRole('" + Permission.DESTINATION_SURVEY_SEND + "')")
    public ManualSend sendNow(UUID learnerId) {
        TrackingSettings s = settings.current();
        return transactions.execute(status -> {
            lockTenantsSurveys();
            List<SurveyCandidate> found = jdbc.query(CANDIDATES + " where c.learner_id = ?", CANDIDATE, learnerId);
            if (found.isEmpty()) {
                return new ManualSend(false, false, false, List.of("The learner has not left (no leaving date),"
                        + " so there is no destination to ask about yet."));
            }
            SurveyCandidate candidate = found.getFirst();
            if (s.backPopulationDate() != null && candidate.leavingDate().isBefore(s.backPopulationDate())) {
                return new ManualSend(false, false, false, List.of(beforeBackPopulation(candidate.leavingDate(),
                        s.backPopulationDate())));
            }
            List<Timestamp> earlier = jdbc.queryForList("""
                    select sent_at from survey_invitation where learner_id = ? and leaving_date = ?""",
                    Timestamp.class, learnerId, candidate.leavingDate());
            if (!earlier.isEmpty()) {
                return new ManualSend(false, false, false, List.of("A survey for this leaving date was already sent"
                        + " on " + LONG_DATE.format(earlier.getFirst().toInstant().atZone(UK)) + "."));
            }
            ContactRule.Decision decision = decide(s, candidate);
            if (!decision.contactable()) {
                return new ManualSend(false, false, false, decision.reasons());
            }
            Instant now = clock.instant();
            Instant expires = now.plus(java.time.Duration.ofDays(s.linkExpiryDays()));
            Invitation invitation = new Invitation(TimeOrderedIds.next(), candidate, decision, SurveyTokens.next());
            insertInvitations(List.of(invitation), now, expires, actorName(), true);
            String purpose = "survey-invitation:" + invitation.id();
            insertLinks(List.<String[]>of(new String[]{hex(invitation.token().hash()), invitation.id().toString(),
                    purpose}), now);
            messages.queueAll(MessageKind.SURVEY_INVITATION, List.of(recipient(purpose, candidate, decision,
                    invitation.token().value(), expires)));
            audit.record(AuditEntry.of(AuditActions.DESTINATION_SURVEY_SENT, "Learner", learnerId)
                    .after(Map.of("channels", channels(decision), "leavingDate", candidate.leavingDate().toString())));
            return new ManualSend(true, decision.email(), decision.sms(), List.of());
        });
    }

    private static String beforeBackPopulation(LocalDate left, LocalDate trackedFrom) {
        return "The learner left on " + LONG_DATE.format(left) + ", before the back-population date ("
                + LONG_DATE.format(trackedFrom) + "), and learners who left before it are not surveyed. To survey"
                + " them, move the back-population date in the destination settings.";
    }

    /** One survey run or hand send per provider at a time (until the transaction ends), on every node. */
    private void lockTenantsSurveys() {
        jdbc.queryForList("select pg_advisory_xact_lock(hashtextextended('survey-dispatch:' || ?, 0))",
                CurrentTenant.idOrNone().toString());
    }

    /**
     * Invites learners who left since the back-population date and have no survey for this leaving date and no
     * destination since leaving: one starting after the leaving date, as the funder counts it (decision 0043; a
     * record starting on the leaving day describes the learner while still in learning).
     */
    private DispatchReport invite(TrackingSettings s, LocalDate today) {
        List<SurveyCandidate> candidates = jdbc.query(CANDIDATES + """
                 where c.leaving_date <= ? and c.leaving_date >= ?
                  and not exists (select 1 from survey_invitation i
                                  where i.learner_id = c.learner_id and i.leaving_date = c.leaving_date)
                  and not exists (select 1 from destination_record d
                                  where d.learner_id = c.learner_id and d.start_date > c.leaving_date)""",
                CANDIDATE, today.minusDays(s.daysAfterLeaving()), s.backPopulationDate());
        Instant now = clock.instant();
        Instant expires = now.plus(java.time.Duration.ofDays(s.linkExpiryDays()));
        List<AutomaticOutcome> unreachable = new ArrayList<>();
        List<Invitation> invitations = new ArrayList<>();
        for (SurveyCandidate candidate : candidates) {
            ContactRule.Decision decision = decide(s, candidate);
            if (decision.contactable()) {
                invitations.add(new Invitation(TimeOrderedIds.next(), candidate, decision, SurveyTokens.next()));
            } else {
                unreachable.add(new AutomaticOutcome(candidate.learnerId(), candidate.leavingDate(),
                        "Not contactable: " + String.join("; ", decision.reasons()), null));
            }
        }
        int notContactable = recordOth3(unreachable, "NOT_CONTACTABLE", today, now);
        Set<UUID> sent = insertInvitations(invitations, now, expires, SYSTEM, false);
        List<BrandedMessages.Recipient> recipients = new ArrayList<>();
        List<String[]> linkRows = new ArrayList<>();
        for (Invitation invitation : invitations) {
            if (sent.contains(invitation.id())) {
                String purpose = "survey-invitation:" + invitation.id();
                recipients.add(recipient(purpose, invitation.candidate(), invitation.decision(),
                        invitation.token().value(), expires));
                linkRows.add(new String[]{hex(invitation.token().hash()), invitation.id().toString(), purpose});
            }
        }
        insertLinks(linkRows, now);
        messages.queueAll(MessageKind.SURVEY_INVITATION, recipients);
        return new DispatchReport(sent.size(), notContactable, 0, 0);
    }

    private DispatchReport remind(TrackingSettings s, LocalDate today) {
        int reminded = 0;
        Integer[] reminderDays = {s.firstReminderDays(), s.secondReminderDays()};
        for (int number = 1; number <= 2; number++) {
            Integer days = reminderDays[number - 1];
            if (days == null) {
                continue;
            }
            reminded += remind(s, today, number, days);
        }
        return new DispatchReport(0, 0, reminded, 0);
    }

    private int remind(TrackingSettings s, LocalDate today, int number, int days) {
        record Due(UUID invitationId, Instant expiresAt, SurveyCandidate candidate) {
        }
        List<Due> due = jdbc.query("""
                select i.id, i.expires_at, c.learner_id, c.leaving_date, c.given_names, c.email, c.mobile_e164,
                       c.rui, c.pmc, c.email_suppressed, c.sms_suppressed
                from survey_invitation i join survey_candidate c on c.learner_id = i.learner_id
                where i.status = 'SENT' and i.reminders_sent = ?
                  and (i.sent_at at time zone 'Europe/London')::date + ? <= ? and i.expires_at > ?""",
                (rs, row) -> new Due(rs.getObject("id", UUID.class), rs.getTimestamp("expires_at").toInstant(),
                        CANDIDATE.mapRow(rs, row)),
                number - 1, days, today, Timestamp.from(clock.instant()));
        Instant now = clock.instant();
        List<BrandedMessages.Recipient> recipients = new ArrayList<>();
        List<String[]> linkRows = new ArrayList<>();
        List<String> remindedIds = new ArrayList<>();
        for (Due reminder : due) {
            ContactRule.Decision decision = decide(s, reminder.candidate());
            remindedIds.add(reminder.invitationId().toString());
            if (decision.contactable()) {
                SurveyTokens.Token token = SurveyTokens.next();
                String purpose = "survey-reminder:" + reminder.invitationId() + ":" + number;
                recipients.add(recipient(purpose, reminder.candidate(), decision, token.value(),
                        reminder.expiresAt()));
                linkRows.add(new String[]{hex(token.hash()), reminder.invitationId().toString(), purpose});
            }
        }
        insertLinks(linkRows, now);
        messages.queueAll(MessageKind.SURVEY_REMINDER, recipients);
        jdbc.update(ArrayParameters.statement("""
                update survey_invitation set reminders_sent = ?, last_reminder_at = ?
                where id in (select u.id::uuid from unnest(?::text[]) as u(id))""",
                List.of(number, Timestamp.from(now)), remindedIds.toArray(String[]::new)));
        return recipients.size();
    }

    private DispatchReport closeUnanswered(TrackingSettings s, LocalDate today) {
        Instant now = clock.instant();
        List<AutomaticOutcome> closed = jdbc.query("""
                update survey_invitation set status = 'NO_RESPONSE', closed_at = ?
                where status = 'SENT' and (sent_at at time zone 'Europe/London')::date + ? <= ?
                returning id, learner_id, leaving_date""",
                (rs, row) -> new AutomaticOutcome(rs.getObject("learner_id", UUID.class),
                        rs.getObject("leaving_date", LocalDate.class),
                        "No response within " + s.nonResponseDays() + " days of the survey",
                        rs.getObject("id", UUID.class)),
                Timestamp.from(now), s.nonResponseDays(), today);
        return new DispatchReport(0, 0, 0, recordOth3(closed, "NO_RESPONSE", today, now));
    }

    ContactRule.Decision decide(TrackingSettings s, SurveyCandidate candidate) {
        ContactRule.Decision byRule = ContactRule.decide(s.contactRuleMode(), new ContactRule.Learner(
                candidate.rui(), candidate.pmc(), EmailAddresses.isPlausible(candidate.email()),
                candidate.mobileE164() != null, candidate.emailSuppressed(), candidate.smsSuppressed()));
        boolean email = byRule.email() && s.channels().email();
        boolean sms = byRule.sms() && s.channels().sms();
        if (email || sms || !byRule.contactable()) {
            return new ContactRule.Decision(email, sms, byRule.reasons());
        }
        return new ContactRule.Decision(false, false, List.of(byRule.email()
                ? "only email is possible and this provider surveys by SMS only"
                : "only SMS is possible and this provider surveys by email only"));
    }

    private BrandedMessages.Recipient recipient(String purpose, SurveyCandidate candidate,
                                                ContactRule.Decision decision, String token, Instant expires) {
        return new BrandedMessages.Recipient(purpose, decision.email() ? candidate.email() : null,
                decision.sms() ? candidate.mobileE164() : null, Map.of(
                "learner.firstName", candidate.firstName(),
                "survey.link", links.link("/survey/" + token),
                "unsubscribe.link", links.link("/survey/" + token + "/unsubscribe"),
                "survey.expiresOn", LONG_DATE.format(expires.atZone(UK))));
    }

    private Set<UUID> insertInvitations(List<Invitation> invitations, Instant now, Instant expires, String by,
                                        boolean byHand) {
        if (invitations.isEmpty()) {
            return Set.of();
        }
        String[] ids = new String[invitations.size()];
        String[] learners = new String[invitations.size()];
        String[] leavingDates = new String[invitations.size()];
        String[] channels = new String[invitations.size()];
        for (int i = 0; i < invitations.size(); i++) {
            Invitation invitation = invitations.get(i);
            ids[i] = invitation.id().toString();
            learners[i] = invitation.candidate().learnerId().toString();
            leavingDates[i] = invitation.candidate().leavingDate().toString();
            channels[i] = channels(invitation.decision());
        }
        return new HashSet<>(jdbc.query(ArrayParameters.statement("""
                insert into survey_invitation (tenant_id, id, learner_id, leaving_date, channels, status, sent_at,
                    sent_by, by_hand, expires_at)
                select ?, u.id::uuid, u.learner::uuid, u.leaving::date, u.channels, 'SENT', ?, ?, ?, ?
                from unnest(?::text[], ?::text[], ?::text[], ?::text[]) as u(id, learner, leaving, channels)
                on conflict (tenant_id, learner_id, leaving_date) do nothing
                returning id""", List.of(CurrentTenant.idOrNone(), Timestamp.from(now), by, byHand,
                Timestamp.from(expires)), ids, learners, leavingDates, channels),
                (rs, row) -> rs.getObject(1, UUID.class)));
    }

    private void insertLinks(List<String[]> rows, Instant now) {
        if (rows.isEmpty()) {
            return;
        }
        jdbc.update(ArrayParameters.statement("""
                insert into survey_link (tenant_id, token_hash, invitation_id, purpose, created_at)
                select ?, decode(u.hash, 'hex'), u.invitation::uuid, u.purpose, ?
                from unnest(?::text[], ?::text[], ?::text[]) as u(hash, invitation, purpose)""",
                List.of(CurrentTenant.idOrNone(), Timestamp.from(now)), column(rows, 0), column(rows, 1),
                column(rows, 2)));
    }

    /**
     * Inserts OTH-3 (start = the day after leaving, no end, collected today), once per learner and start date, and
     * only for a learner with no destination record since leaving (issue 19 rule 2: never an automatic OTH-3 beside a
     * real record; "since leaving" is a start after the leaving date, as for the invitation).
     */
    int recordOth3(List<AutomaticOutcome> outcomes, String flag, LocalDate today, Instant now) {
        if (outcomes.isEmpty()) {
            return 0;
        }
        String[][] columns = new String[5][outcomes.size()];
        for (int i = 0; i < outcomes.size(); i++) {
            AutomaticOutcome outcome = outcomes.get(i);
            columns[0][i] = TimeOrderedIds.next().toString();
            columns[1][i] = outcome.learnerId().toString();
            columns[2][i] = outcome.leavingDate().toString();
            columns[3][i] = outcome.reason();
            columns[4][i] = outcome.invitationId() == null ? null : outcome.invitationId().toString();
        }
        return jdbc.update(ArrayParameters.statement("""
                insert into destination_record (tenant_id, id, learner_id, out_type, out_code, start_date,
                    collection_date, source, flag, flag_reason, invitation_id, created_at, created_by)
                select ?, u.id::uuid, u.learner::uuid, 'OTH', 3, u.leaving::date + 1, ?, 'AUTOMATIC', ?, u.reason,
                    u.invitation::uuid, ?, ?
                from unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[])
                    as u(id, learner, leaving, reason, invitation)
                where not exists (select 1 from destination_record d
                                  where d.learner_id = u.learner::uuid and d.start_date > u.leaving::date)
                on conflict (tenant_id, learner_id, start_date) where source = 'AUTOMATIC' do nothing""",
                List.of(CurrentTenant.idOrNone(), today, flag, Timestamp.from(now), actorName()), columns));
    }

    private static String actorName() {
        return CurrentActor.displayNameOr(SYSTEM);
    }

    private static String channels(ContactRule.Decision decision) {
        return decision.email() && decision.sms() ? "EMAIL,SMS" : decision.email() ? "EMAIL" : "SMS";
    }

    private static String[] column(List<String[]> rows, int index) {
        return rows.stream().map(row -> row[index]).toArray(String[]::new);
    }

    private static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }

    record AutomaticOutcome(UUID learnerId, LocalDate leavingDate, String reason, UUID invitationId) {
    }

    private record Invitation(UUID id, SurveyCandidate candidate, ContactRule.Decision decision,
                              SurveyTokens.Token token) {
    }

    private static final String CANDIDATES = """
            select c.learner_id, c.leaving_date, c.given_names, c.email, c.mobile_e164, c.rui, c.pmc,
                   c.email_suppressed, c.sms_suppressed
            from survey_candidate c
            """;

    static final RowMapper<SurveyCandidate> CANDIDATE = (rs, row) -> new SurveyCandidate(
            rs.getObject("learner_id", UUID.class), rs.getObject("leaving_date", LocalDate.class),
            rs.getString("given_names"), rs.getString("email"), rs.getString("mobile_e164"),
            codes(rs.getArray("rui")), codes(rs.getArray("pmc")), rs.getBoolean("email_suppressed"),
            rs.getBoolean("sms_suppressed"));

    private static Set<Integer> codes(Array array) throws SQLException {
        Set<Integer> codes = new HashSet<>();
        if (array != null) {
            for (Object code : (Object[]) array.getArray()) {
                codes.add(((Number) code).intValue());
            }
        }
        return codes;
    }
}
