package app.waymark.bootcamp;

import app.waymark.base.Sentence;

import java.time.LocalDate;
import java.util.List;

/**
 * How far the learner got towards one milestone by its own conditions, before the coding rules are applied.
 * {@code note} says what it waits for when not reached, or which condition evidenced it when reached (may be null).
 */
record Progress(LocalDate triggerDate, List<RuleBreach> unmet, Sentence note) {

    static Progress reached(LocalDate triggerDate) {
        return new Progress(triggerDate, List.of(), null);
    }

    static Progress reached(LocalDate triggerDate, Sentence evidencedBy) {
        return new Progress(triggerDate, List.of(), evidencedBy);
    }

    static Progress unmet(RuleBreach breach) {
        return new Progress(null, List.of(breach), null);
    }

    static Progress waiting(Sentence waitingFor) {
        return new Progress(null, List.of(), waitingFor);
    }

    boolean isReached() {
        return triggerDate != null;
    }
}
