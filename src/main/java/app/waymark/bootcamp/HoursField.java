package app.waymark.bootcamp;

import app.waymark.base.FormField;

/** The fields of "Record hours" that a refusal of {@link BootcampHours} can belong to (decision 0058). */
public enum HoursField implements FormField {
    DELIVERED_ON("deliveredOn"),
    HOURS("hours"),
    NOTE("note");

    private final String fieldName;

    HoursField(String fieldName) {
        this.fieldName = fieldName;
    }

    @Override
    public String fieldName() {
        return fieldName;
    }
}
