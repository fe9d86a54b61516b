package app.waymark.destination;

/** Why a destination record is not in the ILR 2023-24 file (decision 0042). */
public enum IlrExclusion {
    /** The learner left after 31 July 2024: the ILR has no destination entity from 2024-25. */
    LEFT_AFTER_2023_24,
    /** Collected after the final 2023-24 return (R14) closed, so it could never be in a 2023-24 return. */
    COLLECTED_AFTER_CLOSE
}
