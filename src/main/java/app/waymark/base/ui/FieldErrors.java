package app.waymark.base.ui;

import com.vaadin.flow.component.HasValidation;

/** Shows why a value was refused on the field itself. */
public final class FieldErrors {

    public static void show(HasValidation field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
    }

    private FieldErrors() {
    }
}
