package app.waymark.bootcamp;

import java.util.EnumSet;
import java.util.Set;

import static app.waymark.bootcamp.RecordingRules.EVENT_AIMS;
import static app.waymark.bootcamp.RecordingRules.EVI_FAM;

/**
 * The rules the milestone verdicts rest on (decision 0047), each with its source. An {@link Kind#ERROR} is one the
 * funder's validation rejects: the learner drops out of the funding reports, so it blocks every milestone. A
 * {@link Kind#PAYMENT} rule leaves the learner in the reports but blocks the milestones it names. The texts are
 * {@code bootcamp.why.<RULE>[.<case>]} and {@code bootcamp.fix.<RULE>[.<case>]} in the translations.
 */
public enum BootcampRule {

    /** One programme aim ZPROG001 with AimType 1. */
    PROGRAMME_AIM(Kind.ERROR, "DOMAIN.md section 7; ILR specification (AimType 1 programme aim)", both()),
    /** Every aim of the programme has FundModel 37 and ProgType 32. */
    FUNDING_CODES(Kind.ERROR, "DOMAIN.md section 7 (FundModel 37, ProgType 32)", both()),
    /** A subject learning aim (AimType 3, not an event aim) from the DfE Skills Bootcamps LARS category. */
    SUBJECT_AIM(Kind.ERROR, "DOMAIN.md section 7 (subject learning aim, e.g. Z0059758)", both()),
    /**
     * An aim that has ended (CompStatus 2, 3 or 6) has an actual end date; a continuing one (1) has none. The seed
     * thread: ZPROG001 CompStatus 2 without an actual end date "throws an error saying the actual end date must be
     * returned".
     */
    ACTUAL_END_DATE(Kind.ERROR, "ILR specification (LearnActEndDate); seed thread 003", both()),
    /**
     * CompStatus and Outcome combinations of ZPROG001 and the subject aim: continuing with no outcome or 8,
     * completed with 1, 3 or 8, withdrawn or on a break with 3 or 8; never Outcome 2 (partial achievement, HE only).
     * The seed thread (Nicola): Outcome 2 keeps the learner on the occupancy report but pays nothing.
     */
    STATUS_OUTCOME(Kind.PAYMENT, "DOMAIN.md sections 2 and 7 (Outcome 2 is HE only); seed thread 003",
            both(), Milestone.COMPLETION, Milestone.OUTCOME),
    /** R138: a completed programme aim needs an achievement date or an event (an event aim, or from 2025-26 EVI). */
    R138(Kind.ERROR, "ILR validation rule R138, DOMAIN.md section 7", both()),
    /** R143: the programme aim's actual end date is not before the latest actual end date of its components. */
    R143(Kind.ERROR, "ILR validation rule R143, DOMAIN.md section 7", both()),
    /** An achievement date is at most 6 months after the aim's actual end date. */
    ACH_DATE_WITHIN_SIX_MONTHS(Kind.ERROR, "DOMAIN.md section 7", both()),
    /**
     * An achievement date only with CompStatus 2 and Outcome 1. The seed thread (Nicola): an achievement date with
     * Outcome 2 "brings up errors and then removes those participants from the occupancy report completely".
     */
    ACH_DATE_ONLY_WHEN_ACHIEVED(Kind.ERROR, "DOMAIN.md section 7; seed thread 003", both()),
    /**
     * ZPROG001 with Outcome 1 returns its achievement date, the trigger date of the outcome payment (the funder's
     * guidance quoted in the seed thread: "This field must be returned when the Outcome field has been achieved").
     */
    ACH_DATE_WITH_OUTCOME_1(Kind.PAYMENT, "Funder's guidance quoted in seed thread 003", both(), Milestone.OUTCOME),
    /** An event aim's start, planned end and actual end dates are the same day, the day the event happened. */
    EVENT_AIM_SAME_DATES(Kind.PAYMENT, "DOMAIN.md section 7; funder's guidance quoted in seed thread 003",
            EnumSet.of(EVENT_AIMS), Milestone.COMPLETION, Milestone.OUTCOME),
    /** An event aim is recorded as completed and achieved (CompStatus 2, Outcome 1), never as continuing. */
    EVENT_AIM_COMPLETED_ACHIEVED(Kind.PAYMENT, "DOMAIN.md section 7; funder's guidance quoted in seed thread 003",
            EnumSet.of(EVENT_AIMS), Milestone.COMPLETION, Milestone.OUTCOME),
    /** Event aims on a programme starting from 1 August 2025 are an error: the EVI FAM replaced them. */
    EVENT_AIMS_NOT_FROM_AUGUST_2025(Kind.ERROR, "Issue 15; DOMAIN.md section 7", EnumSet.of(EVI_FAM)),
    /** An EVI FAM on a programme starting before 1 August 2025 is an error: events are event aims there. */
    EVI_NOT_BEFORE_AUGUST_2025(Kind.ERROR, "Issue 15; DOMAIN.md section 7", EnumSet.of(EVENT_AIMS)),
    /** From 1 August 2025 the EVI FAM is on the programme aim ZPROG001 and has a DateFrom, the event's date. */
    EVI_ON_PROGRAMME_AIM_WITH_DATE(Kind.PAYMENT, "Issue 15; DOMAIN.md section 7", EnumSet.of(EVI_FAM),
            Milestone.COMPLETION, Milestone.OUTCOME),
    /**
     * The start payment needs the qualifying period: 5 days in learning or 5 guided learning hours by default
     * ({@link MilestoneTerms}). Only days can be read from the ILR: calendar days from ZPROG001's start to the end of
     * the training, both counted (decision 0047).
     */
    QUALIFYING_PERIOD(Kind.PAYMENT, "DOMAIN.md section 7 (DfE milestone M1)", both(), Milestone.START),
    /** The completion and outcome payments need the training completed (the subject aim CompStatus 2). */
    TRAINING_COMPLETED(Kind.PAYMENT, "DOMAIN.md section 7 (DfE milestone M2)", both(),
            Milestone.COMPLETION, Milestone.OUTCOME),
    /**
     * No event within 6 months of the subject aim ending: no completion payment, and the programme is closed as
     * CompStatus 2, Outcome 3.
     */
    NO_EVENT_WITHIN_SIX_MONTHS(Kind.PAYMENT, "DOMAIN.md section 7", both(), Milestone.COMPLETION, Milestone.OUTCOME),
    /**
     * The completion payment is triggered only when ZPROG001 is completed (CompStatus 2) with an actual end date:
     * what worked in the seed thread (Lisa) was ZPROG001 2/8 with the event's date as its actual end date; the
     * helpdesk's CompStatus 1 / Outcome 8 without an actual end date did not trigger it.
     */
    PROGRAMME_COMPLETED(Kind.PAYMENT, "Seed thread 003; DOMAIN.md section 7", both(), Milestone.COMPLETION),
    /**
     * The outcome payment needs a positive outcome (ZPROG001 Outcome 1, its achievement date the trigger date) within
     * the contract's outcome deadline after the training ended, after the training and an event.
     */
    POSITIVE_OUTCOME(Kind.PAYMENT, "DOMAIN.md section 7 (DfE milestone M3); funder's guidance in seed thread 003",
            both(), Milestone.OUTCOME);

    /** How a breach affects payments. */
    public enum Kind {
        /** The funder's validation rejects the learner: no milestone is paid until it is put right. */
        ERROR,
        /** The learner stays in the funding reports; the milestones the rule names are not paid. */
        PAYMENT
    }

    private final Kind kind;
    private final String source;
    private final Set<RecordingRules> appliesTo;
    private final Set<Milestone> blocks;

    BootcampRule(Kind kind, String source, Set<RecordingRules> appliesTo, Milestone... blocks) {
        this.kind = kind;
        this.source = source;
        this.appliesTo = Set.copyOf(appliesTo);
        this.blocks = kind == Kind.ERROR ? EnumSet.allOf(Milestone.class) : Set.of(blocks);
    }

    private static Set<RecordingRules> both() {
        return EnumSet.allOf(RecordingRules.class);
    }

    public Kind kind() {
        return kind;
    }

    /** Where the rule comes from (the texts themselves are copied into decision 0047). */
    public String source() {
        return source;
    }

    /** The year rule sets the rule is checked in. */
    public Set<RecordingRules> appliesTo() {
        return appliesTo;
    }

    public boolean blocks(Milestone milestone) {
        return blocks.contains(milestone);
    }
}
