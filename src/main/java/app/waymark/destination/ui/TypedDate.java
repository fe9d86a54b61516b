package app.waymark.destination.ui;

import app.waymark.destination.DestinationError;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/** A date as typed in the day, month and year boxes, before it is known to be a real date. */
record TypedDate(String day, String month, String year) {

    static final TypedDate BLANK = new TypedDate("", "", "");

    TypedDate {
        day = day == null ? "" : day.strip();
        month = month == null ? "" : month.strip();
        year = year == null ? "" : year.strip();
    }

    static TypedDate of(LocalDate date) {
        return date == null ? BLANK : new TypedDate(Integer.toString(date.getDayOfMonth()),
                Integer.toString(date.getMonthValue()), Integer.toString(date.getYear()));
    }

    boolean blank() {
        return day.isEmpty() && month.isEmpty() && year.isEmpty();
    }

    /** Why the boxes do not make a real date; empty when they do, or are all blank. */
    Optional<DestinationError> problem() {
        if (blank()) {
            return Optional.empty();
        }
        if (day.isEmpty() || month.isEmpty() || year.isEmpty()) {
            return Optional.of(DestinationError.DATE_INCOMPLETE);
        }
        if (year.length() != 4) {
            return Optional.of(DestinationError.DATE_YEAR_NOT_FOUR_DIGITS);
        }
        try {
            date();
            return Optional.empty();
        } catch (NumberFormatException | DateTimeException e) {
            return Optional.of(DestinationError.DATE_NOT_REAL);
        }
    }

    /** The date, null when all boxes are blank; check {@link #problem()} first. */
    LocalDate date() {
        return blank() ? null : LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
    }
}
