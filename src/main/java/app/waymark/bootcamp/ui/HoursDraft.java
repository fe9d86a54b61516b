package app.waymark.bootcamp.ui;

import java.math.BigDecimal;
import java.time.LocalDate;

/** What the "Record hours" form holds until it is saved. */
class HoursDraft {

    private LocalDate deliveredOn;
    private BigDecimal hours;
    private String note = "";

    LocalDate getDeliveredOn() {
        return deliveredOn;
    }

    void setDeliveredOn(LocalDate deliveredOn) {
        this.deliveredOn = deliveredOn;
    }

    BigDecimal getHours() {
        return hours;
    }

    void setHours(BigDecimal hours) {
        this.hours = hours;
    }

    String getNote() {
        return note;
    }

    void setNote(String note) {
        this.note = note;
    }
}
