package app.waymark.home;

import app.waymark.base.security.Actor;
import app.waymark.base.security.CurrentActor;
import app.waymark.base.ui.HomeCard;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

import java.util.Comparator;
import java.util.List;

/**
 * The signed-in user's start page: who they are, for which provider, with which roles; then the cards features add
 * ({@link HomeCard} beans).
 */
@Route("")
@PermitAll
@Menu(title = "menu.home", order = 0, icon = "vaadin:home")
class HomeView extends VerticalLayout implements HasDynamicTitle {

    HomeView(List<HomeCard> cards) {
        Actor actor = CurrentActor.require();
        setId("home");
        add(new H1(getTranslation("home.welcome", actor.displayName())));
        Div card = new Div();
        card.addClassName("wm-card");
        card.add(new H2(getTranslation("home.you")));
        if (actor.isPlatformOperator()) {
            card.add(new Paragraph(getTranslation("home.operator")));
        } else {
            card.add(line("home.organisation", actor.tenantName()));
        }
        card.add(line("home.email", actor.email()));
        card.add(line("home.roles", String.join(", ", actor.roleNames())));
        add(card);
        cards.stream().sorted(Comparator.comparingInt(HomeCard::order))
                .forEach(extra -> extra.create().ifPresent(this::add));
    }

    private Paragraph line(String labelKey, String value) {
        Span label = new Span(getTranslation(labelKey) + ": ");
        label.addClassName("wm-label");
        return new Paragraph(label, new Span(value));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("home.title");
    }
}
