package app.waymark.tracker;

/** What someone can do to a tracker; {@link TrackerWorkflow} says who may, when. */
public enum TrackerAction {
    EDIT, ASSIGN, PRE_AUTHORISE, PROCESS, REJECT, CANCEL
}
