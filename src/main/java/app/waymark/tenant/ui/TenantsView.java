package app.waymark.tenant.ui;

import app.waymark.base.ui.UkFormats;
import app.waymark.base.ui.FieldErrors;
import app.waymark.audit.AuditRecord;
import app.waymark.audit.AuditService;
import app.waymark.base.InvalidInputException;
import app.waymark.base.security.Permission;
import app.waymark.base.ui.Notifications;
import app.waymark.tenant.TenantService;
import app.waymark.tenant.TenantStatus;
import app.waymark.tenant.TenantSummary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AccessDeniedErrorRouter;
import jakarta.annotation.security.RolesAllowed;


/** Platform operators register, rename and suspend provider tenants. */
@Route("platform/tenants")
@RolesAllowed(Permission.PLATFORM_OPERATOR)
@AccessDeniedErrorRouter
@Menu(title = "menu.tenants", order = 90, icon = "vaadin:building")
class TenantsView extends VerticalLayout implements HasDynamicTitle {


    private final TenantService tenants;
    private final Grid<TenantSummary> grid = new Grid<>();

    TenantsView(TenantService tenants, AuditService audit) {
        this.tenants = tenants;
        setId("tenants");
        setSizeFull();
        Button create = new Button(getTranslation("tenants.create"), event -> openCreateDialog());
        create.setId("create-tenant");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        grid.addColumn(TenantSummary::name).setHeader(getTranslation("tenants.name")).setWidth("16rem").setFlexGrow(3);
        grid.addColumn(TenantSummary::slug).setHeader(getTranslation("tenants.slug")).setFlexGrow(1);
        grid.addColumn(TenantSummary::ukprn).setHeader(getTranslation("tenants.ukprn")).setFlexGrow(1);
        grid.addColumn(t -> getTranslation("tenants.status." + t.status().name().toLowerCase()))
                .setHeader(getTranslation("tenants.status")).setFlexGrow(1);
        grid.addColumn(t -> UkFormats.DATE_OF_INSTANT.format(t.createdAt())).setHeader(getTranslation("tenants.created")).setFlexGrow(1);
        grid.addComponentColumn(this::actions).setWidth("12rem").setFlexGrow(0);
        grid.setId("tenants-grid");
        grid.setSizeFull();
        refresh();
        Grid<AuditRecord> events = new Grid<>();
        events.setId("platform-events");
        events.addColumn(r -> UkFormats.MINUTE.format(r.occurredAt())).setHeader(getTranslation("audit.time")).setWidth("13rem")
                .setFlexGrow(0);
        events.addColumn(AuditRecord::actorName).setHeader(getTranslation("audit.actor")).setFlexGrow(1);
        events.addColumn(r -> getTranslation("audit.action." + r.action())).setHeader(getTranslation("audit.action"))
                .setFlexGrow(1);
        events.addColumn(AuditRecord::describeDetails).setHeader(getTranslation("audit.details")).setFlexGrow(3);
        events.setItems(audit.latestPlatformEvents(100));
        events.setHeight("20rem");
        add(new H1(getTranslation("tenants.title")), create, grid, new H2(getTranslation("tenants.recent-events")),
                events);
    }

    private void refresh() {
        grid.setItems(tenants.list());
    }

    private HorizontalLayout actions(TenantSummary tenant) {
        Button rename = new Button(getTranslation("tenants.rename"), event -> openRenameDialog(tenant));
        rename.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        boolean active = tenant.status() == TenantStatus.ACTIVE;
        Button status = new Button(getTranslation(active ? "tenants.suspend" : "tenants.reactivate"), event -> {
            tenants.changeStatus(tenant.id(), active ? TenantStatus.SUSPENDED : TenantStatus.ACTIVE);
            refresh();
            Notifications.success(getTranslation(active ? "tenants.suspended" : "tenants.reactivated", tenant.name()));
        });
        status.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        if (active) {
            status.addThemeVariants(ButtonVariant.LUMO_ERROR);
        }
        return new HorizontalLayout(rename, status);
    }

    private void openCreateDialog() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("tenants.create"));
        TextField name = new TextField(getTranslation("tenants.name"));
        name.setId("tenant-name");
        TextField slug = new TextField(getTranslation("tenants.slug"));
        slug.setId("tenant-slug");
        slug.setHelperText(getTranslation("tenants.slug.help"));
        TextField ukprn = new TextField(getTranslation("tenants.ukprn"));
        ukprn.setId("tenant-ukprn");
        Button save = new Button(getTranslation("common.save"), event -> {
            name.setInvalid(false);
            slug.setInvalid(false);
            ukprn.setInvalid(false);
            try {
                TenantSummary created = tenants.create(name.getValue(), slug.getValue(), ukprn.getValue());
                dialog.close();
                refresh();
                Notifications.success(getTranslation("tenants.created-message", created.name()));
            } catch (InvalidInputException e) {
                switch (e.field()) {
                    case "slug" -> FieldErrors.show(slug, e.getMessage());
                    case "ukprn" -> FieldErrors.show(ukprn, e.getMessage());
                    default -> FieldErrors.show(name, e.getMessage());
                }
            }
        });
        save.setId("tenant-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new VerticalLayout(name, slug, ukprn));
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), event -> dialog.close()), save);
        dialog.open();
    }

    private void openRenameDialog(TenantSummary tenant) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("tenants.rename"));
        TextField name = new TextField(getTranslation("tenants.name"), tenant.name(), "");
        name.setId("tenant-new-name");
        Button save = new Button(getTranslation("common.save"), event -> {
            try {
                tenants.rename(tenant.id(), name.getValue());
                dialog.close();
                refresh();
            } catch (InvalidInputException e) {
                FieldErrors.show(name, e.getMessage());
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(name);
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), event -> dialog.close()), save);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("tenants.title");
    }
}
