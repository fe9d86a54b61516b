package app.waymark.tracker.ui;

import app.waymark.base.InvalidInputException;
import app.waymark.base.ui.FieldErrors;
import app.waymark.learner.RecordChange;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.formlayout.FormLayout;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The part of the raise and edit dialogs that says what should change, for one kind of {@link RecordChange}. Each
 * subclass binds its fields to a small mutable draft with a {@code Binder} (required fields, lengths), reads the
 * change from it, fills it from a stored change (to edit it), and names its fields as the service's
 * {@link InvalidInputException#field()} does, so a refusal from the server lands on the field it is about.
 * {@link ChangeForms} says which form a tracker type uses.
 */
abstract class ChangeForm<C extends RecordChange> extends Composite<FormLayout> {

    private final Map<String, HasValidation> fields = new HashMap<>();

    ChangeForm() {
        getContent().setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1),
                new FormLayout.ResponsiveStep("30rem", 2));
    }

    abstract Class<C> kind();

    /** The change entered, or empty when a field needs correcting (the binder shows why on the field). */
    abstract Optional<C> read();

    /** Shows a stored change in the fields, to edit it. */
    abstract void fill(C change);

    /** Fills the form from a change of any kind: only one of this form's kind is accepted. */
    final void fillWith(RecordChange change) {
        fill(kind().cast(change));
    }

    /** Registers {@code field} under the service's name for it, so refusals reach it. */
    final <F extends HasValidation> F field(String serviceName, F field) {
        fields.put(serviceName, field);
        return field;
    }

    /** Shows the refusal on its field; false when the refusal is about none of this form's fields. */
    final boolean show(InvalidInputException refusal) {
        HasValidation field = refusal.field() == null ? null : fields.get(refusal.field());
        if (field == null) {
            return false;
        }
        FieldErrors.show(field, refusal.getMessage());
        return true;
    }
}
