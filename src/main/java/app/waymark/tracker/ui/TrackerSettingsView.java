package app.waymark.tracker.ui;

import app.waymark.base.security.Permission;
import app.waymark.tracker.CustomTrackerType;
import app.waymark.tracker.CustomTrackerTypes;
import app.waymark.tracker.TrackerTypeSettings;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AccessDeniedErrorRouter;
import jakarta.annotation.security.RolesAllowed;

import java.util.stream.Collectors;

/**
 * How the provider uses each tracker type (provider admins): one form per type, each saved on its own; then the
 * provider's own tracker types, listed and created or changed in a dialog.
 */
@Route("tracker-settings")
@RolesAllowed(Permission.USERS_MANAGE)
@AccessDeniedErrorRouter
@Menu(title = "menu.tracker-settings", order = 87, icon = "vaadin:cogs")
class TrackerSettingsView extends VerticalLayout implements HasDynamicTitle {

    private final CustomTrackerTypes customTypes;
    private final Grid<CustomTrackerType> customGrid = new Grid<>();

    TrackerSettingsView(TrackerTypeSettings settings, CustomTrackerTypes customTypes) {
        this.customTypes = customTypes;
        setId("tracker-settings");
        setMaxWidth("60rem");
        add(new H1(getTranslation("tracker.settings.title")), new Paragraph(getTranslation("tracker.settings.intro")));
        settings.all().forEach(setting -> add(new TrackerTypeSettingForm(settings, setting)));
        add(customSection());
    }

    private Div customSection() {
        Div section = new Div();
        section.setId("custom-types");
        section.setWidthFull();
        customGrid.setId("custom-type-grid");
        customGrid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        customGrid.addColumn(CustomTrackerType::name).setHeader(getTranslation("tracker.custom-type.name"))
                .setFlexGrow(2);
        customGrid.addColumn(type -> type.fields().stream().map(CustomTrackerType.Field::label)
                        .collect(Collectors.joining(", ")))
                .setHeader(getTranslation("tracker.custom-type.fields")).setFlexGrow(3);
        customGrid.addColumn(type -> getTranslation(type.enabled() ? "common.yes" : "common.no"))
                .setHeader(getTranslation("tracker.custom-type.column.enabled")).setFlexGrow(1);
        customGrid.addComponentColumn(type -> {
            Button change = new Button(getTranslation("tracker.custom-type.change-button"),
                    event -> open(type));
            change.addClassName("custom-type-change");
            change.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            change.getElement().setAttribute("aria-label", getTranslation("tracker.custom-type.change", type.name()));
            Button delete = new Button(getTranslation("tracker.custom-type.delete.button"),
                    event -> new DeleteCustomTypeDialog(customTypes, type, this::refresh).open());
            delete.addClassName("custom-type-delete");
            delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
            delete.getElement().setAttribute("aria-label",
                    getTranslation("tracker.custom-type.delete.title", type.name()));
            HorizontalLayout buttons = new HorizontalLayout(change, delete);
            buttons.setSpacing(true);
            buttons.setWrap(true);
            return buttons;
        }).setKey("actions").setFlexGrow(1);
        customGrid.setAllRowsVisible(true);
        customGrid.setEmptyStateText(getTranslation("tracker.custom-type.none"));
        refresh();
        Button create = new Button(getTranslation("tracker.custom-type.new"), event -> open(null));
        create.setId("custom-type-new");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        section.add(new H2(getTranslation("tracker.custom-type.title")),
                new Paragraph(getTranslation("tracker.custom-type.intro")), create, customGrid);
        return section;
    }

    private void open(CustomTrackerType type) {
        new CustomTrackerTypeDialog(customTypes, type, saved -> refresh()).open();
    }

    private void refresh() {
        customGrid.setItems(customTypes.all());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("tracker.settings.title");
    }
}
