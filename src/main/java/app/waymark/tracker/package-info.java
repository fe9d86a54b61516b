/**
 * Process automation trackers: requests to change a learner's record, each with a type, an owner, a status, a
 * history and an effect applied only when it is processed (by the learner module's {@code LearnerRecordChanges}),
 * previewed in plain English beforehand. Who may do what is {@link app.waymark.tracker.TrackerWorkflow}; what
 * happens is announced as {@link app.waymark.tracker.TrackerEvent}s.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Trackers")
package app.waymark.tracker;
