package app.waymark.base.ui;

import com.vaadin.flow.component.Component;

/**
 * Something a module adds to the staff header (the notification bell, the provider's logo) without the layout
 * depending on that module. Implementations are Spring beans; each call creates a fresh component for one UI.
 */
public interface StaffHeaderItem {

    /** Lower comes first; the organisation name sits at 0. */
    int order();

    Component create();

    /** True when this item shows the organisation's name itself (e.g. as the provider chose to display it). */
    default boolean showsOrganisationName() {
        return false;
    }
}
