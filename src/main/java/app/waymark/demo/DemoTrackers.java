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
import app.waymark.tracker.RaiseRequest;
import app.waymark.tracker.TrackerFilter;
import app.waymark.tracker.TrackerService;
import app.waymark.tracker.TrackerType;
import app.waymark.tracker.TrackerTypeSetting;
import app.waymark.tracker.TrackerTypeSettings;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Trackers in every status for a demo provider, raised, pre-authorised, processed, rejected and cancelled by the
 * demo users of each role through the real tracker service (so their history, audit and notifications are real).
 * Only when the provider has none yet.
 */
@Component
class DemoTrackers {

    private final TrackerService trackers;
    private final TrackerTypeSettings settings;
    private final CustomTrackerTypes customTypes;
    private final LearnerService learners;
    private final DemoAccounts accounts;

    DemoTrackers(TrackerService trackers, TrackerTypeSettings settings, CustomTrackerTypes customTypes,
                 LearnerService learners, DemoAccounts accounts) {
        this.trackers = trackers;
        this.settings = settings;
        this.customTypes = customTypes;
        this.learners = learners;
        this.accounts = accounts;
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
                new LearnerFilter(null, ProgrammeStatus.CONTINUING, null, null, null), 0, 6, Sort.unsorted()));
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
    }

    private long version(UUID trackerId) {
        return trackers.details(trackerId).orElseThrow().version();
    }
}
