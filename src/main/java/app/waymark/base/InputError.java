package app.waymark.base;

/**
 * One entry of a module's vocabulary of refusals (decision 0059), usually an enum constant: its translation key, the
 * form field it belongs to (null: the change as a whole, or the caller names it) and how many arguments its message
 * takes ({0} to {n-1}). Dates are passed through {@link Translatable#day} and numbers as numbers: the message formats
 * them.
 */
public interface InputError {

    String key();

    FormField field();

    int arguments();

    /** The message with its arguments; a wrong number of them is a programming error. */
    default Translatable with(Object... values) {
        if (values.length != arguments()) {
            throw new IllegalArgumentException(this + " takes " + arguments() + " arguments, not " + values.length);
        }
        return Translatable.of(key(), values);
    }

    /** A refusal on this error's own field. */
    default InvalidInputException refusal(Object... values) {
        return new InvalidInputException(field(), with(values));
    }
}
