package app.waymark.demo;

import app.waymark.restart.ActionPlans;
import app.waymark.restart.ActivityPlan;
import app.waymark.restart.ActivityStatus;
import app.waymark.restart.AttachmentKind;
import app.waymark.restart.Benefit;
import app.waymark.restart.MonitoringDetails;
import app.waymark.restart.MonitoringFilter;
import app.waymark.restart.MonitoringStatus;
import app.waymark.restart.MonitoringSummary;
import app.waymark.restart.MonitoringTrackers;
import app.waymark.restart.MonitoringUpdate;
import app.waymark.restart.ParticipantDetails;
import app.waymark.restart.ParticipantFilter;
import app.waymark.restart.Participants;
import app.waymark.restart.RestartSettings;
import app.waymark.restart.SanctionStatus;
import app.waymark.security.DemoAccounts;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * A DWP Restart team and caseload for a demo provider: three work coaches, two supervisors and two compliance users;
 * 50 participants with action plans, each made by one of the coaches (so the caseloads differ); the supervisors make
 * activity mandatory for some, so marking mandatory activities Not complete raises monitoring trackers by the real
 * rule; each is then worked into a status (with DMA paperwork attached where needed) by its coach and a compliance
 * user, and the supervisors record a few sanction decisions. The caseload only when the provider has no participants.
 */
@Component
class DemoRestart {

    private static final int PARTICIPANTS = 50;
    private static final List<String> MORE_WORK_COACHES = List.of("Aled Morgan", "Femi Adeyemi");
    private static final List<String> MORE_SUPERVISORS = List.of("Karen Lowe");
    private static final List<String> MORE_COMPLIANCE = List.of("Ravi Desai");
    private static final String[] GIVEN = {"Aisha", "Ben", "Chloe", "Darren", "Eve", "Faisal", "Gemma", "Harry",
            "Imogen", "Jack", "Kiran", "Lucy", "Mohammed", "Natalie", "Oscar", "Phoebe", "Rhys", "Sana", "Tyler",
            "Vicky", "Wes", "Yasmin", "Zac", "Bethan", "Callum"};
    private static final String[] FAMILY = {"Ahmed", "Baker", "Clarke", "Davies", "Edwards", "Fox", "Green",
            "Hussain", "Iqbal", "Jones", "Khan", "Lewis", "Mills", "Nolan", "Owen", "Patel", "Reid", "Shaw", "Turner",
            "Walsh"};
    private static final String[] ACTIVITIES = {"CV workshop", "Interview skills session", "Job fair at the Civic Hall",
            "Meeting with employment adviser", "Digital skills course", "Warehouse work trial"};
    private static final String[] REASONS = {"Did not attend and did not get in touch",
            "Attended late and left after ten minutes", "Said they had a job interview; no evidence given",
            "Phone switched off; no reply to letters"};

    private final Participants participants;
    private final ActionPlans plans;
    private final MonitoringTrackers monitoring;
    private final RestartSettings settings;
    private final DemoAccounts accounts;
    private final Clock clock;

    DemoRestart(Participants participants, ActionPlans plans, MonitoringTrackers monitoring, RestartSettings settings,
                DemoAccounts accounts, Clock clock) {
        this.participants = participants;
        this.plans = plans;
        this.monitoring = monitoring;
        this.settings = settings;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** The demo people of a Restart team, in addition to the one per standard role every demo provider has. */
    private record Team(List<String> coaches, List<String> supervisors, List<String> compliance) {

        static Team of(String mailDomain) {
            return new Team(withColleagues("work-coach", MORE_WORK_COACHES.size(), mailDomain),
                    withColleagues("supervisor", MORE_SUPERVISORS.size(), mailDomain),
                    withColleagues("compliance", MORE_COMPLIANCE.size(), mailDomain));
        }

        private static List<String> withColleagues(String mailbox, int colleagues, String mailDomain) {
            List<String> emails = new ArrayList<>();
            emails.add(mailbox + "@" + mailDomain);
            for (int i = 0; i < colleagues; i++) {
                emails.add(mailbox + "-" + (i + 2) + "@" + mailDomain);
            }
            return emails;
        }
    }

    /** Adds the Restart team's further work coaches, supervisor and compliance user. Call as the system actor. */
    void ensureTeam(UUID tenantId, String mailDomain, String password) {
        accounts.ensureColleagues(tenantId, mailDomain, "work-coach", MORE_WORK_COACHES, password);
        accounts.ensureColleagues(tenantId, mailDomain, "supervisor", MORE_SUPERVISORS, password);
        accounts.ensureColleagues(tenantId, mailDomain, "compliance", MORE_COMPLIANCE, password);
    }

    /** Call in the demo provider's context, after {@link #ensureTeam}. */
    void ensure(String mailDomain) {
        Team team = Team.of(mailDomain);
        if (accounts.actingAs(team.coaches().getFirst(), () -> participants.count(ParticipantFilter.all())) > 0) {
            return;
        }
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Europe/London")));
        Random random = new Random(mailDomain.hashCode());
        List<UUID> caseload = new ArrayList<>();
        List<UUID> activities = new ArrayList<>();
        for (int i = 0; i < PARTICIPANTS; i++) {
            int index = i;
            caseload.add(accounts.actingAs(coachOf(team, i), () -> addParticipant(index, today, random, activities)));
        }
        accounts.actingAs(team.supervisors().getFirst(), () -> {
            settings.saveOverdueWorkingDays(RestartSettings.DEFAULT_OVERDUE_WORKING_DAYS);
            return null;
        });
        for (int i = 0; i < 24; i++) {
            UUID participant = caseload.get(i);
            accounts.actingAs(team.supervisors().get(i % team.supervisors().size()), () -> {
                participants.setActivityMandatory(participant, true);
                return null;
            });
        }
        for (int i = 0; i < PARTICIPANTS; i++) {
            int index = i;
            accounts.actingAs(coachOf(team, i), () -> {
                recordOutcomes(index, activities, today);
                return null;
            });
        }
        workTrackers(team, caseload);
    }

    /** Participant {@code i} of the caseload, added by the signed-in coach (so theirs), with three activities. */
    private UUID addParticipant(int i, LocalDate today, Random random, List<UUID> activities) {
        String given = GIVEN[i % GIVEN.length];
        String family = FAMILY[(i * 7) % FAMILY.length];
        LocalDate referred = today.minusDays(20 + random.nextInt(200));
        UUID participant = participants.create(new ParticipantDetails(given, family,
                today.minusYears(22 + random.nextInt(38)).minusDays(random.nextInt(365)),
                String.format("AB%06d%c", 100_000 + i, "ABCD".charAt(i % 4)),
                i % 3 == 0 ? Benefit.JSA : Benefit.UC, referred,
                i % 5 == 4 ? null : given.toLowerCase() + "." + family.toLowerCase() + i + "@participant.example",
                i % 5 == 4 || i % 2 == 0 ? "07700 9" + String.format("%05d", 10_000 + i) : null,
                (10 + i) + " Station Road", "LS" + (1 + i % 20) + " " + (1 + i % 9) + "AB", null,
                referred.plusDays(7), null));
        for (int a = 0; a < 3; a++) {
            activities.add(plans.add(participant, new ActivityPlan(ACTIVITIES[(i + a) % ACTIVITIES.length],
                    "Agreed at the review meeting", today.minusDays(30 - a * 12L - random.nextInt(5)), null,
                    a == 0)));
        }
        return participant;
    }

    /** Participant {@code i}'s mandatory activity: MAN issued, then Not complete for the first 30; the rest vary. */
    private void recordOutcomes(int i, List<UUID> activities, LocalDate today) {
        UUID mandatory = activities.get(i * 3);
        plans.manIssued(mandatory, version(mandatory), today.minusDays(35));
        if (i < 30) {
            plans.outcome(mandatory, version(mandatory), ActivityStatus.NOT_COMPLETE, REASONS[i % REASONS.length]);
        } else {
            plans.outcome(mandatory, version(mandatory), ActivityStatus.COMPLETE, null);
        }
        UUID optional = activities.get(i * 3 + 1);
        plans.outcome(optional, version(optional), i % 4 == 0 ? ActivityStatus.NOT_COMPLETE
                : ActivityStatus.COMPLETE, i % 4 == 0 ? "Forgot" : null);
    }

    private static String coachOf(Team team, int participant) {
        return team.coaches().get(participant % team.coaches().size());
    }

    /**
     * The trackers (one per mandated participant): left New, or worked to each later status by the participant's
     * coach, a compliance user and a supervisor, taking turns where a role has several people.
     */
    private void workTrackers(Team team, List<UUID> caseload) {
        List<MonitoringSummary> raised = accounts.actingAs(team.coaches().getFirst(), () ->
                monitoring.list(MonitoringFilter.all(), 0, 100)).reversed();
        byte[] paperwork = demoPdf();
        for (int i = 0; i < raised.size(); i++) {
            UUID tracker = raised.get(i).id();
            UUID participant = raised.get(i).participantId();
            String coach = coachOf(team, caseload.indexOf(participant));
            String compliance = team.compliance().get((i / 8) % team.compliance().size());
            String supervisor = team.supervisors().get((i / 8) % team.supervisors().size());
            switch (i % 8) {
                case 1 -> set(coach, tracker, MonitoringStatus.RESOLVED, false, "Good reason given at once");
                case 2, 3 -> {
                    attach(coach, tracker, paperwork);
                    set(coach, tracker, MonitoringStatus.SUBMITTED, true, null);
                }
                case 4 -> {
                    attach(coach, tracker, paperwork);
                    set(coach, tracker, MonitoringStatus.REFERRED, true, null);
                    set(compliance, tracker, MonitoringStatus.CLOSED, true, null);
                    accounts.actingAs(supervisor, () -> {
                        participants.setSanctionStatus(participant, SanctionStatus.PENDING_FAILURE_TO_ATTEND,
                                "Compliance doubt referred to DWP", tracker);
                        participants.setSanctionStatus(participant, SanctionStatus.UNDER_SANCTION_FAILURE_TO_ATTEND,
                                "DWP decision maker applied a sanction", tracker);
                        return null;
                    });
                }
                case 5 -> {
                    attach(coach, tracker, paperwork);
                    set(coach, tracker, MonitoringStatus.REFERRED, true, null);
                    accounts.actingAs(supervisor, () -> {
                        participants.setSanctionStatus(participant, SanctionStatus.PENDING_FAILURE_TO_COMPLY,
                                "Compliance doubt referred to DWP", tracker);
                        return null;
                    });
                }
                case 6 -> set(compliance, tracker, MonitoringStatus.REJECTED, false,
                        "Participant was in hospital: no doubt to raise");
                default -> {
                }
            }
        }
    }

    private void set(String who, UUID tracker, MonitoringStatus status, boolean dmaRaised, String reason) {
        accounts.actingAs(who, () -> {
            MonitoringDetails details = monitoring.details(tracker).orElseThrow();
            monitoring.update(tracker, details.version(), new MonitoringUpdate(status, details.current().assigneeId(),
                    dmaRaised, reason, details.current().notes()));
            return null;
        });
    }

    private void attach(String who, UUID tracker, byte[] paperwork) {
        accounts.actingAs(who, () -> monitoring.attach(tracker, AttachmentKind.DMA_PAPERWORK, "UCD603-draft.pdf",
                paperwork));
    }

    private long version(UUID activity) {
        return plans.find(activity).orElseThrow().version();
    }

    /** A one-page PDF standing in for a completed DWP form. */
    private static byte[] demoPdf() {
        String pdf = """
                %PDF-1.4
                1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
                2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj
                3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >> endobj
                trailer << /Root 1 0 R >>
                %%EOF
                """;
        return pdf.getBytes(StandardCharsets.US_ASCII);
    }
}
