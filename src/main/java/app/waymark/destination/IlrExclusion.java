package app.waymark.destination;

import java.time.LocalDate;

/**
 * Why a destination record is not in the ILR 2023-24 file: the last ILR year with a destination entity
 * (decision 0042). The first that applies is the reason.
 */
public enum IlrExclusion {
    /** The learner left after the 2023-24 teaching year ended: the ILR has no destination entity from 2024-25. */
    LEFT_AFTER_2023_24(LocalDate.of(2024, 7, 31)),
    /** Collected after the final 2023-24 return (R14) closed, so it could never have been in a 2023-24 return. */
    COLLECTED_AFTER_CLOSE(LocalDate.of(2024, 10, 17));

    private final LocalDate after;

    IlrExclusion(LocalDate after) {
        this.after = after;
    }

    /** The last day that still belongs to 2023-24: a leaving date or a collection date later than this is left out. */
    public LocalDate after() {
        return after;
    }
}
