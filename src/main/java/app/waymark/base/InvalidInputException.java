package app.waymark.base;

/**
 * Input a person can correct: the message says what is wrong (and {@link #field()} where), nothing was changed.
 * Views show the message next to the field or in a notification.
 */
public class InvalidInputException extends RuntimeException {

    private final String field;

    public InvalidInputException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
