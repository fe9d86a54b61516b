package app.waymark.operations.ui;

import app.waymark.audit.AuditRecord;
import app.waymark.audit.AuditService;
import app.waymark.base.InvalidInputException;
import app.waymark.base.security.Permission;
import app.waymark.base.ui.FieldErrors;
import app.waymark.base.ui.Notifications;
import app.waymark.base.ui.UkFormats;
import app.waymark.notification.SendingDomains;
import app.waymark.operations.ProviderOnboarding;
import app.waymark.security.ProviderAdmins;
import app.waymark.tenant.TenantService;
import app.waymark.tenant.TenantStatus;
import app.waymark.tenant.TenantSummary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.grid.dataview.GridListDataView;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.Locale;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AccessDeniedErrorRouter;
import jakarta.annotation.security.RolesAllowed;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Platform operators register providers with their first admin, rename and suspend them, and give a provider an admin
 * when it has none (the Admins dialog: invite, send again, withdraw), and approve the domains a provider may send email
 * from (the Sending domains dialog). They see how many admins a provider has and its approved domains, never the
 * provider's data.
 */
@Route("platform/tenants")
@RolesAllowed(Permission.PLATFORM_OPERATOR)
@AccessDeniedErrorRouter
@Menu(title = "menu.tenants", order = 90, icon = "vaadin:building")
class TenantsView extends VerticalLayout implements HasDynamicTitle {

    private final TenantService tenants;
    private final ProviderOnboarding onboarding;
    private final ProviderAdmins admins;
    private final SendingDomains sendingDomains;
    private final AuditService audit;
    private final Grid<TenantSummary> grid = new Grid<>();
    private final TextField search = new TextField();
    private GridListDataView<TenantSummary> rows;
    private final Grid<AuditRecord> events = new Grid<>();
    private Map<UUID, ProviderAdmins.AdminCounts> adminCounts = Map.of();
    private Map<UUID, List<String>> approvedDomains = Map.of();

    TenantsView(TenantService tenants, ProviderOnboarding onboarding, ProviderAdmins admins,
                SendingDomains sendingDomains, AuditService audit) {
        this.tenants = tenants;
        this.onboarding = onboarding;
        this.admins = admins;
        this.sendingDomains = sendingDomains;
        this.audit = audit;
        setId("tenants");
        setSizeFull();
        Button create = new Button(getTranslation("tenants.create"), event -> openCreateDialog());
        create.setId("create-tenant");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        grid.addColumn(TenantSummary::name).setHeader(getTranslation("tenants.name")).setFlexGrow(3);
        grid.addColumn(TenantSummary::slug).setHeader(getTranslation("tenants.slug")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(TenantSummary::ukprn).setHeader(getTranslation("tenants.ukprn")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(t -> getTranslation("tenants.status." + t.status().name().toLowerCase()))
                .setHeader(getTranslation("tenants.status")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(this::adminsText).setHeader(getTranslation("tenants.admins")).setKey("admins").setFlexGrow(2);
        grid.addColumn(this::domainsText).setHeader(getTranslation("tenants.domains")).setKey("sending-domains")
                .setFlexGrow(2);
        grid.addColumn(t -> UkFormats.DATE_OF_INSTANT.format(t.createdAt())).setHeader(getTranslation("tenants.created"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::actions).setKey("actions").setWidth("17rem").setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setId("tenants-grid");
        grid.setSizeFull();
        events.setId("platform-events");
        events.addColumn(r -> UkFormats.MINUTE.format(r.occurredAt())).setHeader(getTranslation("audit.time")).setWidth("13rem")
                .setFlexGrow(0);
        events.addColumn(AuditRecord::actorName).setHeader(getTranslation("audit.actor")).setFlexGrow(1);
        events.addColumn(r -> getTranslation("audit.action." + r.action())).setHeader(getTranslation("audit.action"))
                .setFlexGrow(1);
        events.addColumn(AuditRecord::describeDetails).setHeader(getTranslation("audit.details")).setFlexGrow(3);
        events.setHeight("20rem");
        search.setId("tenants-search");
        search.setLabel(getTranslation("tenants.search"));
        search.setPlaceholder(getTranslation("tenants.search.placeholder"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setWidth("20rem");
        search.addValueChangeListener(event -> rows.refreshAll());
        refresh();
        add(new H1(getTranslation("tenants.title")), create, search, grid, new H2(getTranslation("tenants.recent-events")),
                events);
    }

    private void refresh() {
        adminCounts = admins.counts();
        approvedDomains = sendingDomains.approvedByProvider();
        rows = grid.setItems(tenants.list());
        rows.setFilter(this::matchesSearch);
        events.setItems(audit.latestPlatformEvents(100));
    }

    /** Whether the tenant's name, short code or UKPRN contains what is typed in the search (any case). */
    private boolean matchesSearch(TenantSummary tenant) {
        String words = search.getValue() == null ? "" : search.getValue().strip().toLowerCase(Locale.ROOT);
        return words.isEmpty() || tenant.name().toLowerCase(Locale.ROOT).contains(words)
                || tenant.slug().toLowerCase(Locale.ROOT).contains(words)
                || (tenant.ukprn() != null && tenant.ukprn().contains(words));
    }

    private String adminsText(TenantSummary tenant) {
        ProviderAdmins.AdminCounts counts = adminCounts.getOrDefault(tenant.id(), ProviderAdmins.AdminCounts.NONE);
        if (counts.active() > 0) {
            return getTranslation("tenants.admins.active", counts.active())
                    + (counts.invited() > 0 ? ", " + getTranslation("tenants.admins.invited", counts.invited()) : "");
        }
        return counts.invited() > 0 ? getTranslation("tenants.admins.only-invited", counts.invited())
                : getTranslation("tenants.admins.none");
    }

    private String domainsText(TenantSummary tenant) {
        List<String> domains = approvedDomains.getOrDefault(tenant.id(), List.of());
        return domains.isEmpty() ? getTranslation("tenants.domains.none") : String.join(", ", domains);
    }

    private HorizontalLayout actions(TenantSummary tenant) {
        Button adminsButton = new Button(getTranslation("tenants.admins.manage"), event -> new ProviderAdminsDialog(
                admins, tenant, this::refresh).open());
        adminsButton.setId("admins-" + tenant.slug());
        adminsButton.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        Button domainsButton = new Button(getTranslation("tenants.domains.manage"), event -> new SendingDomainsDialog(
                sendingDomains, tenant, this::refresh).open());
        domainsButton.setId("sending-domains-" + tenant.slug());
        domainsButton.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
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
        HorizontalLayout actions = new HorizontalLayout(adminsButton, domainsButton, rename, status);
        actions.setSpacing(false);
        actions.setWrap(true);
        return actions;
    }

    private void openCreateDialog() {
        Dialog dialog = new Dialog();
        dialog.setWidth("min(34rem, 95vw)");
        dialog.setHeaderTitle(getTranslation("tenants.create"));
        TextField name = new TextField(getTranslation("tenants.name"));
        name.setId("tenant-name");
        TextField slug = new TextField(getTranslation("tenants.slug"));
        slug.setId("tenant-slug");
        slug.setHelperText(getTranslation("tenants.slug.help"));
        TextField ukprn = new TextField(getTranslation("tenants.ukprn"));
        ukprn.setId("tenant-ukprn");
        H2 adminHeading = new H2(getTranslation("tenants.first-admin"));
        adminHeading.addClassName("wm-dialog-subheading");
        TextField adminName = new TextField(getTranslation("tenants.admin-name"));
        adminName.setId("admin-name");
        EmailField adminEmail = new EmailField(getTranslation("tenants.admin-email"));
        adminEmail.setId("admin-email");
        adminEmail.setHelperText(getTranslation("tenants.admin-email.help"));
        VerticalLayout fields = new VerticalLayout(name, slug, ukprn, adminHeading, adminName, adminEmail);
        fields.getChildren().forEach(field -> field.getElement().getStyle().set("width", "100%"));
        Button save = new Button(getTranslation("tenants.create.save"), event -> {
            fields.getChildren().filter(TextField.class::isInstance).map(TextField.class::cast)
                    .forEach(field -> field.setInvalid(false));
            adminEmail.setInvalid(false);
            try {
                ProviderOnboarding.Onboarded created = onboarding.register(name.getValue(), slug.getValue(),
                        ukprn.getValue(), adminName.getValue(), adminEmail.getValue());
                dialog.close();
                refresh();
                if (created.invitationProblem() == null) {
                    Notifications.success(getTranslation("tenants.created-message", created.provider().name(),
                            created.admin().email()));
                } else {
                    Notifications.error(getTranslation("tenants.created-without-admin", created.provider().name(),
                            created.invitationProblem()));
                }
            } catch (InvalidInputException e) {
                switch (e.field()) {
                    case "slug" -> FieldErrors.show(slug, e.getMessage());
                    case "ukprn" -> FieldErrors.show(ukprn, e.getMessage());
                    case "adminName" -> FieldErrors.show(adminName, e.getMessage());
                    case "adminEmail" -> FieldErrors.show(adminEmail, e.getMessage());
                    default -> FieldErrors.show(name, e.getMessage());
                }
            }
        });
        save.setId("tenant-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(fields);
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
