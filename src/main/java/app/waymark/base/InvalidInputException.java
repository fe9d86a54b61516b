package app.waymark.base;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Input a person can correct: the message says what is wrong (and {@link #field()} where), nothing was changed.
 * <p>
 * Preferably built from {@link Translatable} messages and a typed {@link FormField}: views then show
 * {@link #messages()} in the page's language and find the component by {@link #formField()}, while
 * {@link #getMessage()} still reads as the default (UK English) text for logs. The older {@code (field, message)}
 * form carries English text only; modules move off it as they adopt the typed one (decision 0059).
 */
public class InvalidInputException extends RuntimeException {

    private final String field;
    private final FormField formField;
    private final List<Translatable> messages;

    /** English text with the field's name; no translation key. */
    public InvalidInputException(String field, String message) {
        super(message);
        this.field = field;
        this.formField = null;
        this.messages = List.of();
    }

    /** @param field where the problem is; null when it is about the change as a whole */
    public InvalidInputException(FormField field, Translatable message) {
        this(field, List.of(message));
    }

    /** Several problems with one field (or none), each its own sentence; at least one. */
    public InvalidInputException(FormField field, List<Translatable> messages) {
        super(messages.stream().map(Translatable::inDefaultLanguage).collect(Collectors.joining(" ")));
        if (messages.isEmpty()) {
            throw new IllegalArgumentException("A refusal needs at least one message");
        }
        this.field = field == null ? null : field.fieldName();
        this.formField = field;
        this.messages = List.copyOf(messages);
    }

    /** The field's name, e.g. {@code startDate}; null when the problem is about the change as a whole. */
    public String field() {
        return field;
    }

    /** The typed field, when the refusal was built with one. */
    public Optional<FormField> formField() {
        return Optional.ofNullable(formField);
    }

    /** What to say, as translation keys with arguments; empty for a refusal built from English text. */
    public List<Translatable> messages() {
        return messages;
    }
}
