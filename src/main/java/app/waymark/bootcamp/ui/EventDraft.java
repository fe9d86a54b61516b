package app.waymark.bootcamp.ui;

import app.waymark.bootcamp.EventKind;

import java.time.LocalDate;

/** What the "Record an event" form holds until it is saved. */
class EventDraft {

    private EventKind kind;
    private LocalDate date;
    private String eviCode = "";
    private String note = "";

    EventKind getKind() {
        return kind;
    }

    void setKind(EventKind kind) {
        this.kind = kind;
    }

    LocalDate getDate() {
        return date;
    }

    void setDate(LocalDate date) {
        this.date = date;
    }

    String getEviCode() {
        return eviCode;
    }

    void setEviCode(String eviCode) {
        this.eviCode = eviCode;
    }

    String getNote() {
        return note;
    }

    void setNote(String note) {
        this.note = note;
    }
}
