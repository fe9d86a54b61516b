package app.waymark.restart;

/** Participants matching {@code keyword} (name, reference or NI number); {@code mineOnly}: my caseload alone. */
public record ParticipantFilter(String keyword, boolean mineOnly) {

    public static ParticipantFilter all() {
        return new ParticipantFilter(null, false);
    }
}
