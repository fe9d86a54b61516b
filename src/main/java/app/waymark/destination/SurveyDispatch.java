package app.waymark.destination;

import app.waymark.audit.AuditActions;
import app.waymark.audit.AuditEntry;
import app.waymark.audit.AuditService;
import app.waymark.base.EmailAddresses;
import app.waymark.base.PublicLinks;
import app.waymark.base.TimeOrderedIds;
import app.waymark.base.Translatable;
import app.waymark.base.security.CurrentActor;
import app.waymark.base.security.Permission;
import app.waymark.branding.BrandedMessages;
import app.waymark.branding.MessageKind;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
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

    private final SurveyDispatchQueries queries;
    private final TransactionTemplate transactions;
    private final DestinationSettingsService settings;
    private final BrandedMessages messages;
    private final PublicLinks links;
    private final AuditService audit;
    private final Clock clock;

    SurveyDispatch(SurveyDispatchQueries queries, TransactionTemplate transactions,
                   DestinationSettingsService settings, BrandedMessages messages, PublicLinks links, AuditService audit,
                   Clock clock) {
        this.queries = queries;
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
            queries.lockTenantsSurveys();
            return invite(current, today).plus(remind(current, today)).plus(closeUnanswered(current, today));
        });
    }

    /** What sending one survey by hand came to: the channels used, or why none could be. */
    public record ManualSend(boolean sent, boolean email, boolean sms, List<Translatable> reasons) {
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
            queries.lockTenantsSurveys();
            List<SurveyCandidate> found = queries.candidate(learnerId);
            if (found.isEmpty()) {
                return new ManualSend(false, false, false, List.of(DestinationError.SEND_NOT_LEFT.with()));
            }
            SurveyCandidate candidate = found.getFirst();
            if (s.backPopulationDate() != null && candidate.leavingDate().isBefore(s.backPopulationDate())) {
                return new ManualSend(false, false, false, List.of(DestinationError.SEND_LEFT_BEFORE_BACK_POPULATION
                        .with(Translatable.day(candidate.leavingDate()), Translatable.day(s.backPopulationDate()))));
            }
            List<Timestamp> earlier = queries.sentFor(learnerId, candidate.leavingDate());
            if (!earlier.isEmpty()) {
                return new ManualSend(false, false, false, List.of(DestinationError.SEND_ALREADY_SENT.with(
                        Translatable.day(LocalDate.ofInstant(earlier.getFirst().toInstant(), UK)))));
            }
            ContactRule.Decision decision = decide(s, candidate);
            if (!decision.contactable()) {
                return new ManualSend(false, false, false, decision.reasons());
            }
            Instant now = clock.instant();
            Instant expires = now.plus(java.time.Duration.ofDays(s.linkExpiryDays()));
            Invitation invitation = new Invitation(TimeOrderedIds.next(), candidate, decision, SurveyTokens.next());
            queries.insertInvitations(List.of(invitation.toWrite()), now, expires, actorName(), true);
            String purpose = "survey-invitation:" + invitation.id();
            queries.insertLinks(List.of(link(invitation.token(), invitation.id(), purpose)), now);
            messages.queueAll(MessageKind.SURVEY_INVITATION, List.of(recipient(purpose, candidate, decision,
                    invitation.token().value(), expires)));
            audit.record(AuditEntry.of(AuditActions.DESTINATION_SURVEY_SENT, "Learner", learnerId)
                    .after(Map.of("channels", channels(decision), "leavingDate", candidate.leavingDate().toString())));
            return new ManualSend(true, decision.email(), decision.sms(), List.of());
        });
    }

    /**
     * Invites learners who left since the back-population date and have no survey for this leaving date and no
     * destination since leaving: one starting after the leaving date, as the funder counts it (decision 0043; a
     * record starting on the leaving day describes the learner while still in learning).
     */
    private DispatchReport invite(TrackingSettings s, LocalDate today) {
        List<SurveyCandidate> candidates = queries.toInvite(today.minusDays(s.daysAfterLeaving()),
                s.backPopulationDate());
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
                        notContactableNote(decision), null));
            }
        }
        int notContactable = recordOth3(unreachable, RecordFlag.NOT_CONTACTABLE, today, now);
        Set<UUID> sent = queries.insertInvitations(invitations.stream().map(Invitation::toWrite).toList(), now,
                expires, SYSTEM, false);
        List<BrandedMessages.Recipient> recipients = new ArrayList<>();
        List<SurveyDispatchQueries.NewLink> linkRows = new ArrayList<>();
        for (Invitation invitation : invitations) {
            if (sent.contains(invitation.id())) {
                String purpose = "survey-invitation:" + invitation.id();
                recipients.add(recipient(purpose, invitation.candidate(), invitation.decision(),
                        invitation.token().value(), expires));
                linkRows.add(link(invitation.token(), invitation.id(), purpose));
            }
        }
        queries.insertLinks(linkRows, now);
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
        List<SurveyDispatchQueries.DueReminder> due = queries.remindersDue(number - 1, days, today,
                clock.instant());
        Instant now = clock.instant();
        List<BrandedMessages.Recipient> recipients = new ArrayList<>();
        List<SurveyDispatchQueries.NewLink> linkRows = new ArrayList<>();
        List<UUID> remindedIds = new ArrayList<>();
        for (SurveyDispatchQueries.DueReminder reminder : due) {
            ContactRule.Decision decision = decide(s, reminder.candidate());
            remindedIds.add(reminder.invitationId());
            if (decision.contactable()) {
                SurveyTokens.Token token = SurveyTokens.next();
                String purpose = "survey-reminder:" + reminder.invitationId() + ":" + number;
                recipients.add(recipient(purpose, reminder.candidate(), decision, token.value(),
                        reminder.expiresAt()));
                linkRows.add(link(token, reminder.invitationId(), purpose));
            }
        }
        queries.insertLinks(linkRows, now);
        messages.queueAll(MessageKind.SURVEY_REMINDER, recipients);
        queries.markReminded(remindedIds, number, now);
        return recipients.size();
    }

    private DispatchReport closeUnanswered(TrackingSettings s, LocalDate today) {
        Instant now = clock.instant();
        List<AutomaticOutcome> closed = queries.closeUnanswered(now, s.nonResponseDays(), today,
                "No response within " + s.nonResponseDays() + " days of the survey");
        return new DispatchReport(0, 0, 0, recordOth3(closed, RecordFlag.NO_RESPONSE, today, now));
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
        return new ContactRule.Decision(false, false, List.of((byRule.email()
                ? DestinationError.CONTACT_ONLY_EMAIL_POSSIBLE : DestinationError.CONTACT_ONLY_SMS_POSSIBLE).with()));
    }

    /** The OTH-3's note: stored data, so written once in the default language (UK English). */
    private static String notContactableNote(ContactRule.Decision decision) {
        return "Not contactable: " + String.join("; ",
                decision.reasons().stream().map(Translatable::inDefaultLanguage).toList());
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

    /**
     * Inserts OTH-3 (start = the day after leaving, no end, collected today), once per learner and start date, and
     * only for a learner with no destination record since leaving (issue 19 rule 2: never an automatic OTH-3 beside a
     * real record; "since leaving" is a start after the leaving date, as for the invitation).
     */
    int recordOth3(List<AutomaticOutcome> outcomes, RecordFlag flag, LocalDate today, Instant now) {
        return queries.insertOth3(outcomes, flag, today, now, actorName());
    }

    private static String actorName() {
        return CurrentActor.displayNameOr(SYSTEM);
    }

    private static String channels(ContactRule.Decision decision) {
        return decision.email() && decision.sms() ? "EMAIL,SMS" : decision.email() ? "EMAIL" : "SMS";
    }

    private static SurveyDispatchQueries.NewLink link(SurveyTokens.Token token, UUID invitationId, String purpose) {
        return new SurveyDispatchQueries.NewLink(HexFormat.of().formatHex(token.hash()), invitationId, purpose);
    }

    record AutomaticOutcome(UUID learnerId, LocalDate leavingDate, String reason, UUID invitationId) {
    }

    private record Invitation(UUID id, SurveyCandidate candidate, ContactRule.Decision decision,
                              SurveyTokens.Token token) {

        SurveyDispatchQueries.NewInvitation toWrite() {
            return new SurveyDispatchQueries.NewInvitation(id, candidate.learnerId(), candidate.leavingDate(),
                    channels(decision));
        }
    }
}
