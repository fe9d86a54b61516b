package app.waymark.base.ui;

import app.waymark.base.InvalidInputException;
import app.waymark.base.Translatable;
import com.vaadin.flow.component.Component;

import java.util.List;

/**
 * A refusal as the page shows it: each of its {@link InvalidInputException#messages()} through the page's
 * {@code getTranslation}; a refusal built from English text (modules not moved to translation keys yet) as it is.
 */
public final class InputErrors {

    /** Each problem's sentence, in order. */
    public static List<String> texts(Component page, InvalidInputException refusal) {
        if (refusal.messages().isEmpty()) {
            return List.of(refusal.getMessage());
        }
        return refusal.messages().stream().map(message -> text(page, message)).toList();
    }

    /** The whole refusal in one text (its sentences one after the other). */
    public static String text(Component page, InvalidInputException refusal) {
        return String.join(" ", texts(page, refusal));
    }

    public static String text(Component page, Translatable message) {
        return page.getTranslation(message.key(), message.arguments().toArray());
    }

    private InputErrors() {
    }
}
