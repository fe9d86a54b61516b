package app.waymark.tracker;

import app.waymark.base.Sentence;
import app.waymark.base.security.Permission;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * Who may do what to a tracker, and when: New, then Pre-authorised (where the type requires it), then Processed; or
 * Rejected (with a reason) or Cancelled by whoever raised it. For each action it gives either nothing (allowed) or
 * the sentence that says why not, which the tracker page shows beside the disabled button.
 */
final class TrackerWorkflow {

    /** Everything the rules look at. {@code changeApplicable}: the preview found nothing that blocks the change. */
    record Situation(TrackerStatus status, TrackerType type, TrackerTypeSetting setting, TrackerActor actor,
                     boolean raisedByActor, boolean learnerQaVerified, boolean changeApplicable) {
    }

    static Map<TrackerAction, Optional<Sentence>> decide(Situation situation) {
        Map<TrackerAction, Optional<Sentence>> decisions = new EnumMap<>(TrackerAction.class);
        for (TrackerAction action : TrackerAction.values()) {
            decisions.put(action, refusal(action, situation));
        }
        return decisions;
    }

    static Optional<Sentence> refusal(TrackerAction action, Situation s) {
        if (!s.status().open()) {
            return Optional.of(Sentence.of("tracker.refused.closed"));
        }
        return switch (action) {
            case EDIT -> s.actor().holds(Permission.TRACKER_EDIT)
                    || (s.raisedByActor() && s.actor().holds(Permission.TRACKER_CREATE))
                    ? Optional.empty() : Optional.of(Sentence.of("tracker.refused.edit"));
            case ASSIGN -> s.actor().holds(Permission.TRACKER_EDIT) || s.actor().holds(Permission.TRACKER_PRE_AUTHORISE)
                    || s.actor().holds(Permission.TRACKER_PROCESS)
                    ? Optional.empty() : Optional.of(Sentence.of("tracker.refused.assign"));
            case PRE_AUTHORISE -> preAuthorisation(s);
            case PROCESS -> processing(s);
            case REJECT -> s.actor().holds(Permission.TRACKER_PRE_AUTHORISE) || s.actor().holds(Permission.TRACKER_PROCESS)
                    ? Optional.empty() : Optional.of(Sentence.of("tracker.refused.reject"));
            case CANCEL -> s.raisedByActor()
                    ? Optional.empty() : Optional.of(Sentence.of("tracker.refused.cancel"));
        };
    }

    private static Optional<Sentence> preAuthorisation(Situation s) {
        if (!s.actor().holds(Permission.TRACKER_PRE_AUTHORISE)) {
            return Optional.of(Sentence.of("tracker.refused.pre-authorise"));
        }
        if (s.status() == TrackerStatus.PRE_AUTHORISED) {
            return Optional.of(Sentence.of("tracker.refused.already-pre-authorised"));
        }
        if (!s.setting().preAuthorisationRequired()) {
            return Optional.of(Sentence.of("tracker.refused.pre-authorisation-not-needed"));
        }
        return Optional.empty();
    }

    private static Optional<Sentence> processing(Situation s) {
        if (!s.actor().holds(Permission.TRACKER_PROCESS)) {
            return Optional.of(Sentence.of("tracker.refused.process"));
        }
        if (s.setting().preAuthorisationRequired() && s.status() == TrackerStatus.NEW) {
            return Optional.of(Sentence.of("tracker.refused.needs-pre-authorisation"));
        }
        if (s.type().changesProgrammeStatus() && s.learnerQaVerified()
                && !s.actor().holds(Permission.LEARNER_PROGRAMME_STATUS_QA)) {
            return Optional.of(Sentence.of("tracker.refused.qa-locked"));
        }
        if (!s.changeApplicable()) {
            return Optional.of(Sentence.of("tracker.refused.cannot-apply"));
        }
        return Optional.empty();
    }

    private TrackerWorkflow() {
    }
}
