package app.waymark.bootcamp;

import app.waymark.learner.LearnerRecord;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A Skills Bootcamp aim for the rules' tests, built field by field (FundModel 37, ProgType 32 unless changed). */
final class Aims {

    private final int seq;
    private String ref;
    private int aimType;
    private LocalDate start;
    private LocalDate plannedEnd;
    private int fundModel = 37;
    private Integer progType = 32;
    private int compStatus = 1;
    private LocalDate actualEnd;
    private Integer outcome;
    private LocalDate achDate;
    private final List<LearnerRecord.Fam> fams = new ArrayList<>();

    private Aims(int seq, String ref, int aimType) {
        this.seq = seq;
        this.ref = ref;
        this.aimType = aimType;
        fams.add(new LearnerRecord.Fam("SOF", "105", null, null));
    }

    static Aims programme(int seq, LocalDate start, LocalDate plannedEnd) {
        return new Aims(seq, "ZPROG001", 1).dates(start, plannedEnd);
    }

    static Aims component(int seq, String ref, LocalDate start, LocalDate plannedEnd) {
        return new Aims(seq, ref, 3).dates(start, plannedEnd);
    }

    /** An event aim as the guidance wants it: the three dates the event's day, 2/1. */
    static Aims event(int seq, String ref, LocalDate day) {
        return component(seq, ref, day, day).status(2, 1).ended(day);
    }

    Aims dates(LocalDate start, LocalDate plannedEnd) {
        this.start = start;
        this.plannedEnd = plannedEnd;
        return this;
    }

    Aims ref(String ref) {
        this.ref = ref;
        return this;
    }

    Aims aimType(int aimType) {
        this.aimType = aimType;
        return this;
    }

    Aims codes(int fundModel, Integer progType) {
        this.fundModel = fundModel;
        this.progType = progType;
        return this;
    }

    Aims status(int compStatus, Integer outcome) {
        this.compStatus = compStatus;
        this.outcome = outcome;
        return this;
    }

    Aims ended(LocalDate actualEnd) {
        this.actualEnd = actualEnd;
        return this;
    }

    Aims achieved(LocalDate achDate) {
        this.achDate = achDate;
        return this;
    }

    Aims evi(String code, LocalDate dateFrom) {
        fams.add(new LearnerRecord.Fam("EVI", code, dateFrom, null));
        return this;
    }

    Aims withoutEvi() {
        fams.removeIf(fam -> "EVI".equals(fam.type()));
        return this;
    }

    LearnerRecord.Aim build() {
        return new LearnerRecord.Aim(ref, aimType, seq, start, null, plannedEnd, fundModel, progType, null, null,
                null, compStatus, actualEnd, null, outcome, achDate, List.copyOf(fams));
    }
}
