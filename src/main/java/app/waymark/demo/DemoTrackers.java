package app.waymark.demo;

import app.waymark.learner.LearnerFilter;
import app.waymark.learner.LearnerService;
import app.waymark.learner.LearnerSummary;
import app.waymark.learner.ProgrammeStatus;
import app.waymark.learner.RecordChange;
import app.waymark.security.DemoAccounts;
import app.waymark.tracker.CustomRaiseRequest;
import app.waymark.tracker.CustomTrackerType;
import app.waymark.tracker.CustomTrackerTypes;
import app.waymark.tracker.LearnerRequests;
import app.waymark.tracker.RaiseRequest;
import app.waymark.tracker.TrackerFilter;
import app.waymark.tracker.TrackerService;
import app.waymark.tracker.TrackerType;
import app.waymark.tracker.TrackerTypeSetting;
import app.waymark.tracker.TrackerTypeSettings;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Trackers in every status and of every type for a demo provider, raised, pre-authorised, processed, rejected and
 * cancelled by the demo users of each role through the real tracker service (so their history, audit and
 * notifications are real).
 * Only when the provider has none yet.
 */
@Component
class DemoTrackers {

    private static final int APPRENTICESHIPS = 36;

    private final TrackerService trackers;
    private final LearnerRequests requests;
    private final TrackerTypeSettings settings;
    private final CustomTrackerTypes customTypes;
    private final LearnerService learners;
    private final DemoAccounts accounts;
    private final Clock clock;

    DemoTrackers(TrackerService trackers, LearnerRequests requests, TrackerTypeSettings settings, CustomTrackerTypes customTypes,
                 LearnerService learners, DemoAccounts accounts, Clock clock) {
        this.trackers = trackers;
        this.requests = requests;
        this.settings = settings;
        this.customTypes = customTypes;
        this.learners = learners;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** Call in the demo provider's context. */
    void ensure(String mailDomain) {
        String tutor = "tutor@" + mailDomain;
        String creator = "tracker-create@" + mailDomain;
        String preAuthoriser = "tracker-preauthorise@" + mailDomain;
        String processor = "tracker-process@" + mailDomain;
        String compliance = "compliance@" + mailDomain;
        if (accounts.actingAs(tutor, () -> trackers.count(TrackerFilter.none())) > 0) {
            return;
        }
        UUID supportType = accounts.actingAs("admin@" + mailDomain, () -> {
            TrackerTypeSetting name = TrackerTypeSetting.defaults(TrackerType.CHANGE_OF_NAME);
            settings.save(new TrackerTypeSetting(name.type(), true, true, false, name.dueDays()));
            return customTypes.save(new CustomTrackerType(null, "Learning support request", List.of(
                    new CustomTrackerType.Field("Support needed", CustomTrackerType.FieldKind.TEXT, true),
                    new CustomTrackerType.Field("Needed by", CustomTrackerType.FieldKind.DATE, false)),
                    false, true, true, 7));
        });
        List<LearnerSummary> continuing = accounts.actingAs(tutor, () -> learners.find(
                new LearnerFilter(null, ProgrammeStatus.CONTINUING, null, null, null), 0, 8, Sort.unsorted()));
        UUID processorId = accounts.actingAs(processor, () -> app.waymark.base.security.CurrentActor.require().id());

        accounts.actingAs(tutor, () -> trackers.raise(new RaiseRequest(TrackerType.CHANGE_OF_ADDRESS,
                continuing.get(0).id(), new RecordChange.AddressChange("14 Mill Lane", "Hebden", null, null,
                "HX7 8AB"), null, "Moving next month; new tenancy starts on the 1st", "phone call from learner", null,
                processorId)));

        UUID contact = accounts.actingAs(tutor, () -> trackers.raise(new RaiseRequest(
                TrackerType.CHANGE_OF_CONTACT_DETAILS, continuing.get(1).id(), new RecordChange.ContactDetailsChange(
                "new.address." + continuing.get(1).learnRefNumber().toLowerCase() + "@example.org", "07700900123"),
                null, null, "email from learner", null, null)));
        accounts.actingAs(processor, () -> {
            trackers.process(contact, version(contact), Map.of());
            return null;
        });

        UUID name = accounts.actingAs(creator, () -> trackers.raise(new RaiseRequest(TrackerType.CHANGE_OF_NAME,
                continuing.get(2).id(), new RecordChange.NameChange("Alexandra", "Whitmore-Lee", true), null,
                "Married in June", "letter from learner", null, null)));
        accounts.actingAs(preAuthoriser, () -> {
            trackers.preAuthorise(name, version(name));
            return null;
        });

        UUID rejected = accounts.actingAs(creator, () -> trackers.raise(new RaiseRequest(
                TrackerType.CHANGE_OF_NAME, continuing.get(3).id(), new RecordChange.NameChange("Jo", "Smyth", true),
                null, null, "email from learner", null, null)));
        accounts.actingAs(compliance, () -> {
            trackers.reject(rejected, version(rejected), "No evidence of a legal change of name was provided");
            return null;
        });

        UUID cancelled = accounts.actingAs(tutor, () -> trackers.raise(new RaiseRequest(
                TrackerType.CHANGE_OF_ADDRESS, continuing.get(4).id(), new RecordChange.AddressChange(
                "2 Canal Street", null, null, null, "M1 3HE"), null, null, "conversation in class", null, null)));
        accounts.actingAs(tutor, () -> {
            trackers.cancel(cancelled, version(cancelled));
            return null;
        });

        accounts.actingAs(tutor, () -> trackers.raiseCustom(new CustomRaiseRequest(supportType,
                continuing.get(5).id(), Map.of("Support needed", "Large-print handouts for the maths sessions"),
                null, null)));
        learnersOwn(continuing.get(6), continuing.get(7), processor);
        staffLed(mailDomain);
    }

    /** Requests two learners made themselves in the portal: one waiting, one that staff have accepted. */
    private void learnersOwn(LearnerSummary waiting, LearnerSummary accepted, String processor) {
        requests.request(waiting.id(), new RecordChange.NameChange(waiting.givenNames(), "Okafor-Reid", false),
                "Learner portal", null);
        UUID made = requests.request(accepted.id(), new RecordChange.AddressChange("Flat 3, 41 Station Road", null,
                null, null, "LS11 5QT"), "Learner portal", null);
        accounts.actingAs(processor, () -> {
            trackers.process(made, version(made), Map.of());
            return null;
        });
    }

    /**
     * One tracker of each staff-led type processed and another left open, one rejected and one cancelled, on
     * apprentices from the end of the
     * LearnRefNumber range (tests pick theirs from the start), dated a few days or weeks before today.
     */
    private void staffLed(String mailDomain) {
        String creator = "tracker-create@" + mailDomain;
        String preAuthoriser = "tracker-preauthorise@" + mailDomain;
        String processor = "tracker-process@" + mailDomain;
        LocalDate today = LocalDate.now(clock);
        Sort lastFirst = Sort.by(Sort.Direction.DESC, "learnRefNumber");
        List<LearnerSummary> apprentices = accounts.actingAs(creator, () -> learners.find(
                new LearnerFilter(null, ProgrammeStatus.CONTINUING, APPRENTICESHIPS, null, null), 0, 10,
                lastFirst));
        List<LearnerSummary> onABreak = accounts.actingAs(creator, () -> learners.find(
                new LearnerFilter(null, ProgrammeStatus.ON_A_BREAK, APPRENTICESHIPS, null, null), 0, 2, lastFirst));
        if (apprentices.size() < 10 || onABreak.size() < 2) {
            return;
        }
        List<StaffLed> requests = List.of(
                new StaffLed(TrackerType.CHANGE_OF_EMPLOYER, apprentices.get(0), new RecordChange.EmployerChange(
                        today.minusDays(30), 104_857_213L, new BigDecimal("37.5")), "New job at a partner employer",
                        Stage.PROCESSED),
                new StaffLed(TrackerType.CHANGE_OF_EMPLOYER, apprentices.get(1), new RecordChange.EmployerChange(
                        today.minusDays(3), RecordChange.EmployerChange.NOT_ON_EDS, new BigDecimal("20")),
                        "Moved to part-time hours with a small local firm", Stage.NEW),
                new StaffLed(TrackerType.BREAK_IN_LEARNING, apprentices.get(2),
                        new RecordChange.BreakInLearning(today.minusDays(21)), "Maternity leave", Stage.PROCESSED),
                new StaffLed(TrackerType.BREAK_IN_LEARNING, apprentices.get(3),
                        new RecordChange.BreakInLearning(today.minusDays(2)), "Long-term illness, fit note seen",
                        Stage.PRE_AUTHORISED),
                new StaffLed(TrackerType.RETURN_TO_LEARNING, onABreak.get(0),
                        new RecordChange.ReturnToLearning(today.minusDays(7), null), "Back from a break",
                        Stage.PROCESSED),
                new StaffLed(TrackerType.RETURN_TO_LEARNING, onABreak.get(1),
                        new RecordChange.ReturnToLearning(today.minusDays(1), null), "Returns this week",
                        Stage.NEW),
                new StaffLed(TrackerType.CHANGE_OF_PROGRAMME, apprentices.get(4), new RecordChange.ProgrammeChange(
                        today.minusDays(10), "Level 3 Team Leader"), "Promoted: moves to team leader standard",
                        Stage.PROCESSED),
                new StaffLed(TrackerType.CHANGE_OF_PROGRAMME, apprentices.get(5), new RecordChange.ProgrammeChange(
                        today.minusDays(4), "Level 4 Data Analyst"), null, Stage.PRE_AUTHORISED),
                new StaffLed(TrackerType.WITHDRAWAL, apprentices.get(6),
                        new RecordChange.Withdrawal(today.minusDays(14), 29), "Made redundant", Stage.PROCESSED),
                new StaffLed(TrackerType.WITHDRAWAL, apprentices.get(7),
                        new RecordChange.Withdrawal(today.minusDays(5), 44), "Personal reasons", Stage.NEW),
                new StaffLed(TrackerType.CHANGE_OF_PROGRAMME, apprentices.get(8), new RecordChange.ProgrammeChange(
                        today.minusDays(6), "Level 2 Customer Service"), "Wants an easier course", Stage.REJECTED),
                new StaffLed(TrackerType.CHANGE_OF_EMPLOYER, apprentices.get(9), new RecordChange.EmployerChange(
                        today.minusDays(8), RecordChange.EmployerChange.NOT_ON_EDS, new BigDecimal("30")),
                        "Raised for the wrong apprentice", Stage.CANCELLED));
        for (StaffLed request : requests) {
            UUID tracker = accounts.actingAs(creator, () -> trackers.raise(new RaiseRequest(request.type(),
                    request.learner().id(), request.change(), null, request.notes(), null, null, null)));
            if (request.stage() == Stage.CANCELLED) {
                accounts.actingAs(creator, () -> {
                    trackers.cancel(tracker, version(tracker));
                    return null;
                });
                continue;
            }
            if (request.stage() != Stage.NEW) {
                accounts.actingAs(preAuthoriser, () -> {
                    trackers.preAuthorise(tracker, version(tracker));
                    return null;
                });
            }
            if (request.stage() == Stage.PROCESSED) {
                accounts.actingAs(processor, () -> {
                    trackers.process(tracker, version(tracker), Map.of());
                    return null;
                });
            }
            if (request.stage() == Stage.REJECTED) {
                accounts.actingAs(processor, () -> {
                    trackers.reject(tracker, version(tracker), "The employer has not agreed to the new standard");
                    return null;
                });
            }
        }
    }

    private enum Stage { NEW, PRE_AUTHORISED, PROCESSED, REJECTED, CANCELLED }

    private record StaffLed(TrackerType type, LearnerSummary learner, RecordChange change, String notes,
                            Stage stage) {
    }

    private long version(UUID trackerId) {
        return trackers.details(trackerId).orElseThrow().version();
    }
}
