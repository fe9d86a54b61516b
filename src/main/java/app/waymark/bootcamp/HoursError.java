package app.waymark.bootcamp;

import app.waymark.base.InputError;
import app.waymark.base.Translatable;

/**
 * Every refusal of recording or removing guided learning hours (decision 0058), as translation keys in the way of
 * decision 0059: the key, the field it belongs to (null: the change as a whole) and how many arguments its message
 * takes. Dates are passed through {@link Translatable#day} and numbers as numbers: the message formats them.
 */
public enum HoursError implements InputError {

    NO_SUCH_LEARNER("bootcamps.hours.error.no-such-learner", null, 0),
    NO_BOOTCAMP("bootcamps.hours.error.no-bootcamp", null, 0),
    ENTRY_GONE("bootcamps.hours.error.entry-gone", null, 0),
    DAY_MISSING("bootcamps.hours.error.day-missing", HoursField.DELIVERED_ON, 0),
    /** {0} the day. */
    DAY_IN_FUTURE("bootcamps.hours.error.day-in-future", HoursField.DELIVERED_ON, 1),
    /** {0} the day. */
    NO_PROGRAMME_START("bootcamps.hours.error.no-start", HoursField.DELIVERED_ON, 1),
    /** {0} the day, {1} the programme's start. */
    DAY_BEFORE_START("bootcamps.hours.error.day-before-start", HoursField.DELIVERED_ON, 2),
    /** {0} the day, {1} the training's actual end. */
    DAY_AFTER_TRAINING("bootcamps.hours.error.day-after-training", HoursField.DELIVERED_ON, 2),
    /** {0} the day, {1} the training's planned end. */
    DAY_AFTER_PLANNED_END("bootcamps.hours.error.day-after-planned-end", HoursField.DELIVERED_ON, 2),
    /** {0} the hours already recorded, {1} the day. */
    DAY_ALREADY_RECORDED("bootcamps.hours.error.day-already-recorded", HoursField.DELIVERED_ON, 2),
    HOURS_MISSING("bootcamps.hours.error.hours-missing", HoursField.HOURS, 0),
    /** {0} the hours given. */
    HOURS_NOT_POSITIVE("bootcamps.hours.error.hours-not-positive", HoursField.HOURS, 1),
    /** {0} the most a day, {1} the hours given. */
    HOURS_TOO_MANY("bootcamps.hours.error.hours-too-many", HoursField.HOURS, 2),
    /** {0} the hours given, as written. */
    HOURS_TOO_PRECISE("bootcamps.hours.error.hours-too-precise", HoursField.HOURS, 1),
    /** {0} the most characters, {1} how many were given. */
    NOTE_TOO_LONG("bootcamps.hours.error.note-too-long", HoursField.NOTE, 2);

    private final String key;
    private final HoursField field;
    private final int arguments;

    HoursError(String key, HoursField field, int arguments) {
        this.key = key;
        this.field = field;
        this.arguments = arguments;
    }

    @Override
    public String key() {
        return key;
    }

    @Override
    public HoursField field() {
        return field;
    }

    @Override
    public int arguments() {
        return arguments;
    }


}
