package app.waymark.learner;

/** Where a field Waymark changed stands with the provider's MIS (decision 0029). */
public enum MisState {
    /** Still to be keyed into the MIS; imports keep Waymark's value over files prepared before the change. */
    TO_KEY,
    /** The MIS holds it: an import brought the same value, or someone marked it by hand. */
    IN_MIS,
    /** No longer to key: a file prepared after the change, or a later change in Waymark, replaced the value. */
    SUPERSEDED
}
