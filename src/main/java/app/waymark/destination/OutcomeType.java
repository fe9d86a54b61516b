package app.waymark.destination;

/**
 * The ILR outcome types (OutType, DOMAIN.md section 4), in the order the dashboard and the staff form show them:
 * positive destinations first. The database keeps the name ({@code destination_record.out_type}).
 */
public enum OutcomeType {
    EMP(true), EDU(true), VOL(true), GAP(true), SDE(true), NPE(false), OTH(false);

    private final boolean positive;

    OutcomeType(boolean positive) {
        this.positive = positive;
    }

    /** A positive destination: everything but not in paid employment (NPE) and other (OTH). */
    public boolean positive() {
        return positive;
    }

    /** How many outcomes of this type may start on one day: two for education, one for every other type. */
    int mostPerStartDate() {
        return this == EDU ? 2 : 1;
    }

    /** The type a database code names; the one place {@code out_type} text becomes a type. */
    static OutcomeType fromDatabase(String code) {
        return valueOf(code);
    }
}
