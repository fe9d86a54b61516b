package app.waymark.base.ui;

import app.waymark.base.security.Actor;
import app.waymark.base.security.CurrentActor;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;

import java.util.Comparator;
import java.util.List;

/**
 * The staff shell: the provider's name in the header with what modules add there ({@link StaffHeaderItem}: logo,
 * notification bell), a side navigation built from {@code @Menu} entries the user may open (menu titles are
 * translation keys), and the user menu with what modules add there ({@link UserMenuItem}).
 */
@Layout
@PermitAll
public final class MainLayout extends AppLayout {

    MainLayout(AuthenticationContext authenticationContext, List<StaffHeaderItem> headerItems,
               List<UserMenuItem> userMenuItems) {
        Actor actor = CurrentActor.require();
        setPrimarySection(Section.DRAWER);
        addToNavbar(new DrawerToggle());
        headerItems.stream().filter(item -> item.order() < 0).sorted(Comparator.comparingInt(StaffHeaderItem::order))
                .forEach(item -> addToNavbar(item.create()));
        if (actor.isPlatformOperator() || headerItems.stream().noneMatch(StaffHeaderItem::showsOrganisationName)) {
            addToNavbar(organisationHeader(actor));
        }
        Div spacer = new Div();
        spacer.addClassName("wm-navbar-spacer");
        addToNavbar(spacer);
        headerItems.stream().filter(item -> item.order() > 0).sorted(Comparator.comparingInt(StaffHeaderItem::order))
                .forEach(item -> addToNavbar(item.create()));
        addToDrawer(brand(), new Scroller(sideNav()), userMenu(actor, authenticationContext, userMenuItems));
    }

    private Component organisationHeader(Actor actor) {
        Span name = new Span(actor.isPlatformOperator() ? getTranslation("layout.platform") : actor.tenantName());
        name.addClassName("wm-organisation-name");
        name.setId("organisation-name");
        return name;
    }

    private Component brand() {
        Div brand = new Div(new Span(getTranslation("app.name")));
        brand.addClassName("wm-brand");
        return brand;
    }

    private SideNav sideNav() {
        SideNav nav = new SideNav();
        nav.setId("main-nav");
        MenuConfiguration.getMenuEntries().forEach(entry -> nav.addItem(item(entry)));
        return nav;
    }

    private SideNavItem item(MenuEntry entry) {
        SideNavItem item = new SideNavItem(getTranslation(entry.title()), entry.path());
        if (entry.icon() != null && entry.icon().startsWith("vaadin:")) {
            item.setPrefixComponent(new Icon("vaadin", entry.icon().substring("vaadin:".length())));
        }
        return item;
    }

    private Component userMenu(Actor actor, AuthenticationContext authenticationContext,
                               List<UserMenuItem> moduleItems) {
        Avatar avatar = new Avatar(actor.displayName());
        avatar.addThemeVariants(com.vaadin.flow.component.avatar.AvatarVariant.LUMO_XSMALL);
        MenuBar menu = new MenuBar();
        menu.setId("user-menu");
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
        var root = menu.addItem(new Div(avatar, new Span(actor.displayName())));
        moduleItems.stream().filter(item -> item.shownTo(actor)).sorted(Comparator.comparingInt(UserMenuItem::order))
                .forEach(item -> root.getSubMenu().addItem(getTranslation(item.titleKey()),
                        event -> getUI().ifPresent(ui -> ui.navigate(item.route()))));
        root.getSubMenu().addItem(getTranslation("layout.change-password"),
                event -> getUI().ifPresent(ui -> ui.navigate("change-password")));
        root.getSubMenu().addItem(getTranslation("layout.sign-out"), event -> authenticationContext.logout());
        menu.addClassName("wm-user-menu");
        return menu;
    }
}
