package app.waymark.destination;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;

import static app.waymark.destination.OutcomeType.EDU;
import static app.waymark.destination.OutcomeType.EMP;
import static app.waymark.destination.OutcomeType.GAP;
import static app.waymark.destination.OutcomeType.NPE;
import static app.waymark.destination.OutcomeType.OTH;
import static app.waymark.destination.OutcomeType.SDE;
import static app.waymark.destination.OutcomeType.VOL;

/**
 * Every ILR outcome code (OutType + OutCode) with the dates it is valid for, by the outcome's start date
 * (DOMAIN.md section 4; the funder's ILR specification, DPOutcome OutCode, whose code list gives "Valid to" dates).
 * A null date is open. The only withdrawn code is OTH-2, "Not reported", valid to 31 July 2015; EMP-3 was never a
 * code in the years the specification lists.
 */
public enum OutcomeCode {
    EDU_1(EDU, 1), EDU_2(EDU, 2), EDU_3(EDU, 3), EDU_4(EDU, 4), EDU_5(EDU, 5), EDU_6(EDU, 6),
    EMP_1(EMP, 1), EMP_2(EMP, 2), EMP_4(EMP, 4), EMP_5(EMP, 5),
    NPE_1(NPE, 1), NPE_2(NPE, 2),
    GAP_1(GAP, 1),
    VOL_1(VOL, 1),
    SDE_1(SDE, 1), SDE_2(SDE, 2), SDE_3(SDE, 3), SDE_4(SDE, 4),
    OTH_1(OTH, 1), OTH_2(OTH, 2, null, LocalDate.of(2015, 7, 31)), OTH_3(OTH, 3), OTH_4(OTH, 4);

    private final OutcomeType type;
    private final int code;
    private final LocalDate validFrom;
    private final LocalDate validTo;

    OutcomeCode(OutcomeType type, int code) {
        this(type, code, null, null);
    }

    OutcomeCode(OutcomeType type, int code, LocalDate validFrom, LocalDate validTo) {
        this.type = type;
        this.code = code;
        this.validFrom = validFrom;
        this.validTo = validTo;
    }

    public static Optional<OutcomeCode> of(OutcomeType type, int code) {
        return Arrays.stream(values()).filter(c -> c.type == type && c.code == code).findFirst();
    }

    public OutcomeType type() {
        return type;
    }

    public int code() {
        return code;
    }

    /** e.g. "EMP-1". */
    public String label() {
        return type + "-" + code;
    }

    /** The code may be used for an outcome starting on {@code start}. */
    public boolean validOn(LocalDate start) {
        return (validFrom == null || !start.isBefore(validFrom)) && (validTo == null || !start.isAfter(validTo));
    }

    /** Still valid for outcomes starting today or later: offered to staff for new records. */
    public boolean current(LocalDate today) {
        return validTo == null || !today.isAfter(validTo);
    }

    LocalDate validFrom() {
        return validFrom;
    }

    LocalDate validTo() {
        return validTo;
    }
}
