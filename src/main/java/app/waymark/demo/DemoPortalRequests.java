package app.waymark.demo;

import app.waymark.learner.LearnerFilter;
import app.waymark.learner.LearnerService;
import app.waymark.learner.LearnerSummary;
import app.waymark.learner.RecordChange;
import app.waymark.portal.ContactConfirmations;
import app.waymark.tracker.LearnerRequests;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Locale;

/**
 * One learner of each demo provider has used the learner portal: they asked for a change of address (a learner-raised
 * tracker from the "Learner portal", waiting for staff) and started changing their email address, so a confirmation
 * code went to the new address (in the outbox, not yet entered). Only when that learner has no request yet.
 */
@Component
class DemoPortalRequests {

    /** A learner no test picks (tests take theirs from the start and the two hundreds of the range). */
    static final String LEARNER = "WM00000150";

    private final LearnerService learners;
    private final LearnerRequests requests;
    private final ContactConfirmations confirmations;

    DemoPortalRequests(LearnerService learners, LearnerRequests requests, ContactConfirmations confirmations) {
        this.learners = learners;
        this.requests = requests;
        this.confirmations = confirmations;
    }

    /** Call in the demo provider's context, after its learners are imported. */
    void ensure() {
        List<LearnerSummary> found = learners.find(new LearnerFilter(LEARNER, null, null, null, null), 0, 1,
                Sort.unsorted());
        if (found.isEmpty() || !requests.of(found.getFirst().id()).isEmpty()) {
            return;
        }
        LearnerSummary learner = found.getFirst();
        requests.request(learner.id(), new RecordChange.AddressChange("Flat 3", "27 Wharf Street", "Leeds", null,
                "LS2 7EQ"), "Learner portal", null);
        confirmations.send(learner.id(), ContactConfirmations.Channel.EMAIL,
                "new." + learner.learnRefNumber().toLowerCase(Locale.ROOT) + "@example.org");
    }
}
