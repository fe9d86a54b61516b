package app.waymark.tracker;

import app.waymark.base.Sentence;
import app.waymark.learner.ChangePlan;
import app.waymark.learner.RecordChange;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything the tracker page shows: the tracker, what processing would do now ({@code preview}, for an open
 * tracker), values changed since it was raised (to compare side by side before processing), what the current user
 * may do (or why not) and the history. A tracker of a provider's own type has no {@code change}: its
 * {@code customValues} are the fields filled in, by label.
 */
public record TrackerDetails(TrackerSummary summary, RaisedBy raisedBy, String source, String evidenceFileName,
                             RecordChange change, LocalDate effectiveDate, String notes, String rejectionReason,
                             String closedByName, Instant closedAt, long version, ChangePlan preview,
                             List<ValueSinceRaised> changedSinceRaised, Map<String, String> currentValues,
                             Map<TrackerAction, Optional<Sentence>> actions, List<TrackerHistoryLine> history,
                             Map<String, String> customValues) {

    public boolean may(TrackerAction action) {
        return actions.get(action).isEmpty();
    }
}
