package app.waymark.tracker.ui;

import app.waymark.base.security.CurrentActor;
import app.waymark.base.security.Permission;
import app.waymark.base.ui.HomeCard;
import app.waymark.tracker.TrackerFilter;
import app.waymark.tracker.TrackerService;
import app.waymark.tracker.TrackerStatus;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

import java.util.Optional;

/**
 * Home page cards: open trackers (new and pre-authorised), overdue ones, and open ones assigned to the user, each
 * figure a link to the tracker list filtered to exactly those trackers.
 */
@org.springframework.stereotype.Component
class TrackerHomeCards implements HomeCard {

    private final TrackerService trackers;

    TrackerHomeCards(TrackerService trackers) {
        this.trackers = trackers;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Optional<Component> create() {
        if (!CurrentActor.has(Permission.LEARNER_VIEW)) {
            return Optional.empty();
        }
        Div cards = new Div();
        cards.setId("tracker-cards");
        cards.addClassName("wm-tracker-cards");
        TrackerTexts texts = new TrackerTexts(cards);
        TrackerFilter anyNew = filter(TrackerStatus.NEW, TrackerFilter.Assignee.ANYONE, false);
        TrackerFilter anyPreAuthorised = filter(TrackerStatus.PRE_AUTHORISED, TrackerFilter.Assignee.ANYONE, false);
        TrackerFilter overdue = filter(null, TrackerFilter.Assignee.ANYONE, true);
        TrackerFilter myNew = filter(TrackerStatus.NEW, TrackerFilter.Assignee.ME, false);
        TrackerFilter myPreAuthorised = filter(TrackerStatus.PRE_AUTHORISED, TrackerFilter.Assignee.ME, false);
        cards.add(card("tracker-card-open", texts.get("tracker.card.open"), texts, anyNew, anyPreAuthorised));
        long overdueCount = trackers.count(overdue);
        Div overdueCard = card("tracker-card-overdue", texts.get("tracker.card.overdue"), overdueCount,
                link("tracker-card-overdue-link", texts.get("tracker.card.overdue.link"), overdue));
        if (overdueCount > 0) {
            overdueCard.addClassName("wm-tracker-card-alert");
        }
        cards.add(overdueCard);
        cards.add(card("tracker-card-mine", texts.get("tracker.card.mine"), texts, myNew, myPreAuthorised));
        return Optional.of(cards);
    }

    /** A card counting open trackers: the total, then the new and the pre-authorised ones as links. */
    private Div card(String id, String title, TrackerTexts texts, TrackerFilter newOnes, TrackerFilter preAuthorised) {
        long newCount = trackers.count(newOnes);
        long preAuthorisedCount = trackers.count(preAuthorised);
        return card(id, title, newCount + preAuthorisedCount,
                link(id + "-new", texts.get("tracker.card.new", newCount), newOnes),
                link(id + "-pre-authorised", texts.get("tracker.card.pre-authorised", preAuthorisedCount),
                        preAuthorised));
    }

    private static Div card(String id, String title, long total, Anchor... links) {
        Div card = new Div();
        card.setId(id);
        card.addClassNames("wm-card", "wm-tracker-card");
        Span figure = new Span(Long.toString(total));
        figure.setId(id + "-total");
        figure.addClassName("wm-tracker-card-figure");
        card.add(new H2(title), figure);
        Paragraph linkLine = new Paragraph();
        linkLine.addClassName("wm-tracker-card-links");
        for (Anchor link : links) {
            linkLine.add(link);
        }
        card.add(linkLine);
        return card;
    }

    private static Anchor link(String id, String text, TrackerFilter filter) {
        Anchor link = new Anchor(TrackerListQuery.link(filter), text);
        link.setId(id);
        return link;
    }

    private static TrackerFilter filter(TrackerStatus status, TrackerFilter.Assignee assignee, boolean overdue) {
        return new TrackerFilter(null, status, assignee, null, null, null, null, overdue);
    }
}
