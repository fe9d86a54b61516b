package app.waymark.base.ui;

import com.vaadin.flow.component.Component;

import java.util.UUID;

/**
 * A tab another module adds to the learner page (destinations, trackers) without the learner module depending on
 * it. Implementations are Spring beans; {@link #create} makes a fresh component for one learner and one UI.
 */
public interface LearnerPageTab {

    /** Tabs come after the learner module's own, lowest first, before the audit history. */
    int order();

    /** Translation key of the tab's title. */
    String titleKey();

    Component create(UUID learnerId);
}
