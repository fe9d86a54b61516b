package app.waymark.operations.ui;

import app.waymark.base.InvalidInputException;
import app.waymark.base.ui.FieldErrors;
import app.waymark.base.ui.Notifications;
import app.waymark.base.ui.UkFormats;
import app.waymark.security.AccountState;
import app.waymark.security.ProviderAdmins;
import app.waymark.tenant.TenantSummary;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;

import java.util.Locale;
import java.util.function.Supplier;

/**
 * A provider's admins as the operator sees them (name, email, whether they can sign in) with an invitation to send:
 * a new admin, or the same invitation again, or withdrawn. Nothing else of the provider shows here.
 */
class ProviderAdminsDialog extends Dialog {

    private final ProviderAdmins admins;
    private final TenantSummary provider;
    private final Runnable changed;
    private final Grid<ProviderAdmins.Admin> grid = new Grid<>();

    ProviderAdminsDialog(ProviderAdmins admins, TenantSummary provider, Runnable changed) {
        this.admins = admins;
        this.provider = provider;
        this.changed = changed;
        setId("provider-admins");
        setWidth("min(56rem, 95vw)");
        setHeaderTitle(getTranslation("tenants.admins.title", provider.name()));
        grid.setId("provider-admins-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.addColumn(ProviderAdmins.Admin::displayName).setHeader(getTranslation("users.name")).setFlexGrow(2);
        grid.addColumn(ProviderAdmins.Admin::email).setHeader(getTranslation("users.email")).setFlexGrow(3);
        grid.addColumn(this::state).setHeader(getTranslation("users.status")).setKey("state").setFlexGrow(2);
        grid.addComponentColumn(this::actions).setKey("actions").setWidth("13rem").setFlexGrow(0);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("tenants.admins.empty"));

        TextField name = new TextField(getTranslation("tenants.admin-name"));
        name.setId("new-admin-name");
        EmailField email = new EmailField(getTranslation("tenants.admin-email"));
        email.setId("new-admin-email");
        email.setMinWidth("18rem");
        Button invite = new Button(getTranslation("tenants.admins.invite"), event -> {
            name.setInvalid(false);
            email.setInvalid(false);
            try {
                ProviderAdmins.Admin admin = admins.invite(provider.id(), name.getValue(), email.getValue());
                name.clear();
                email.clear();
                refresh();
                Notifications.success(getTranslation("tenants.admins.invited-message", admin.email()));
            } catch (InvalidInputException e) {
                FieldErrors.show("adminName".equals(e.field()) ? name : email, e.getMessage());
            }
        });
        invite.setId("invite-admin");
        invite.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout form = new HorizontalLayout(name, email, invite);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);

        add(new Paragraph(getTranslation("tenants.admins.intro")), grid,
                new H3(getTranslation("tenants.admins.new")), form);
        getFooter().add(new Button(getTranslation("common.done"), event -> close()));
        refresh();
    }

    private void refresh() {
        grid.setItems(admins.admins(provider.id()));
        changed.run();
    }

    private String state(ProviderAdmins.Admin admin) {
        if (admin.state() == AccountState.INVITED) {
            return getTranslation("users.status.invited", UkFormats.DATE_OF_INSTANT.format(admin.invitationExpiresAt()));
        }
        return getTranslation("users.status." + admin.state().name().toLowerCase(Locale.ROOT));
    }

    private Component actions(ProviderAdmins.Admin admin) {
        HorizontalLayout actions = new HorizontalLayout();
        actions.setSpacing(false);
        if (admin.state().awaitingPassword()) {
            actions.add(action("resend-admin-", admin, "users.resend", () -> admins.resend(provider.id(), admin.id()),
                    "users.resent"));
        }
        if (admin.state() == AccountState.INVITED) {
            actions.add(action("withdraw-admin-", admin, "users.withdraw",
                    () -> admins.withdraw(provider.id(), admin.id()), "users.withdrawn"));
        }
        return actions;
    }

    private Button action(String idPrefix, ProviderAdmins.Admin admin, String label,
                          Supplier<ProviderAdmins.Admin> work, String done) {
        Button button = new Button(getTranslation(label), event -> {
            try {
                work.get();
                refresh();
                Notifications.success(getTranslation(done, admin.email()));
            } catch (InvalidInputException e) {
                Notifications.error(e.getMessage());
            }
        });
        button.setId(idPrefix + admin.id());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        return button;
    }
}
