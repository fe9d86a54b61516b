package app.waymark.base.ui;

import com.vaadin.flow.component.Component;

import java.util.Optional;

/**
 * A card another module adds to the home page (open trackers, ...) without the home page depending on it.
 * Implementations are Spring beans; {@link #create} makes a fresh component for one UI, or nothing when the
 * signed-in user has no use for it (e.g. lacks the permission to read what it counts).
 */
public interface HomeCard {

    /** Cards come after the user's own card, lowest first. */
    int order();

    Optional<Component> create();
}
