package app.waymark.base;

/**
 * A field of a form that a refusal belongs to, typed by the module that owns the form (usually an enum), so views
 * map refusals to their components without matching free strings.
 */
public interface FormField {

    /** The field's name as {@link InvalidInputException#field()} reports it, e.g. {@code startDate}. */
    String fieldName();
}
