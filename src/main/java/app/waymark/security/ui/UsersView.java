package app.waymark.security.ui;

import app.waymark.base.ui.FieldErrors;
import app.waymark.base.InvalidInputException;
import app.waymark.base.security.Permission;
import app.waymark.base.ui.Notifications;
import app.waymark.base.ui.UkFormats;
import app.waymark.security.AccountState;
import app.waymark.security.RoleSummary;
import app.waymark.security.UserService;
import app.waymark.security.UserSummary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AccessDeniedErrorRouter;
import jakarta.annotation.security.RolesAllowed;

import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Provider admins invite staff (an email with a link where the person chooses their own password), send an
 * invitation again or withdraw it, assign roles and disable accounts.
 */
@Route("settings/users")
@RolesAllowed(Permission.USERS_MANAGE)
@AccessDeniedErrorRouter
@Menu(title = "menu.users", order = 80, icon = "vaadin:users")
class UsersView extends VerticalLayout implements HasDynamicTitle {

    private final UserService users;
    private final Grid<UserSummary> grid = new Grid<>();
    private final TextField search = new TextField();

    UsersView(UserService users) {
        this.users = users;
        setId("users");
        setSizeFull();
        search.setId("user-search");
        search.setPlaceholder(getTranslation("users.search"));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(event -> grid.getDataProvider().refreshAll());
        Button invite = new Button(getTranslation("users.invite"), event -> openInviteDialog());
        Paragraph intro = new Paragraph(getTranslation("users.intro"));
        invite.setId("invite-user");
        invite.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        grid.addColumn(UserSummary::displayName).setHeader(getTranslation("users.name")).setFlexGrow(2);
        grid.addColumn(UserSummary::email).setHeader(getTranslation("users.email")).setFlexGrow(3);
        grid.addColumn(user -> user.roles().stream().map(RoleSummary::name).collect(Collectors.joining(", ")))
                .setHeader(getTranslation("users.roles")).setFlexGrow(2);
        grid.addColumn(this::status).setHeader(getTranslation("users.status")).setKey("status").setWidth("14rem")
                .setFlexGrow(0);
        grid.addComponentColumn(this::actions).setKey("actions").setWidth("16rem").setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setItems(query -> users.findUsers(search.getValue(), query.getPage(), query.getPageSize()).stream(),
                query -> (int) users.countUsers(search.getValue()));
        grid.setSizeFull();

        HorizontalLayout toolbar = new HorizontalLayout(search, invite);
        toolbar.setWidthFull();
        toolbar.expand(search);
        add(new H1(getTranslation("users.title")), intro, toolbar, grid);
    }

    private String status(UserSummary user) {
        if (user.state() == AccountState.INVITED) {
            return getTranslation("users.status.invited", UkFormats.DATE_OF_INSTANT.format(user.invitationExpiresAt()));
        }
        return getTranslation("users.status." + user.state().name().toLowerCase(Locale.ROOT));
    }

    private HorizontalLayout actions(UserSummary user) {
        Button roles = new Button(getTranslation("users.edit-roles"), event -> openRolesDialog(user));
        roles.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        HorizontalLayout actions = new HorizontalLayout(roles);
        actions.setSpacing(false);
        actions.setWrap(true);
        if (user.state().awaitingPassword()) {
            actions.add(invitationAction("users.resend", user, () -> users.resendInvitation(user.id()),
                    getTranslation("users.resent", user.email())));
        }
        if (user.state() == AccountState.INVITED) {
            actions.add(invitationAction("users.withdraw", user, () -> users.withdrawInvitation(user.id()),
                    getTranslation("users.withdrawn", user.email())));
        }
        Button toggle = new Button(getTranslation(user.enabled() ? "users.disable" : "users.enable"), event -> {
            try {
                users.setEnabled(user.id(), !user.enabled());
                grid.getDataProvider().refreshAll();
            } catch (InvalidInputException e) {
                Notifications.error(e.getMessage());
            }
        });
        toggle.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        actions.add(toggle);
        return actions;
    }

    private Button invitationAction(String key, UserSummary user, Runnable action, String done) {
        Button button = new Button(getTranslation(key), event -> {
            try {
                action.run();
                grid.getDataProvider().refreshAll();
                Notifications.success(done);
            } catch (InvalidInputException e) {
                Notifications.error(e.getMessage());
            }
        });
        button.setId(key.substring("users.".length()) + "-" + user.id());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        return button;
    }

    private CheckboxGroup<RoleSummary> roleChooser() {
        CheckboxGroup<RoleSummary> roles = new CheckboxGroup<>(getTranslation("users.roles"));
        roles.setId("role-chooser");
        roles.setItems(users.roles());
        roles.setItemLabelGenerator(RoleSummary::name);
        roles.addThemeName("vertical");
        return roles;
    }

    private void openInviteDialog() {
        Dialog dialog = new Dialog();
        dialog.setWidth("min(36rem, 95vw)");
        dialog.setHeaderTitle(getTranslation("users.invite"));
        EmailField email = new EmailField(getTranslation("users.email"));
        email.setId("invite-email");
        email.setWidthFull();
        TextField name = new TextField(getTranslation("users.name"));
        name.setId("invite-name");
        name.setWidthFull();
        CheckboxGroup<RoleSummary> roles = roleChooser();
        Button save = new Button(getTranslation("users.invite.save"), event -> {
            email.setInvalid(false);
            name.setInvalid(false);
            try {
                UserSummary invited = users.invite(email.getValue(), name.getValue(), ids(roles.getValue()));
                dialog.close();
                grid.getDataProvider().refreshAll();
                Notifications.success(getTranslation("users.invited", invited.email(),
                        UkFormats.DATE_OF_INSTANT.format(invited.invitationExpiresAt())));
            } catch (InvalidInputException e) {
                switch (e.field()) {
                    case "email" -> FieldErrors.show(email, e.getMessage());
                    case "displayName" -> FieldErrors.show(name, e.getMessage());
                    default -> Notifications.error(e.getMessage());
                }
            }
        });
        save.setId("invite-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new VerticalLayout(email, name, roles));
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), event -> dialog.close()), save);
        dialog.open();
    }

    private void openRolesDialog(UserSummary user) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("users.edit-roles.title", user.displayName()));
        CheckboxGroup<RoleSummary> roles = roleChooser();
        Set<UUID> current = ids(user.roles());
        roles.setValue(roles.getListDataView().getItems().filter(role -> current.contains(role.id()))
                .collect(Collectors.toSet()));
        Button save = new Button(getTranslation("common.save"), event -> {
            users.changeRoles(user.id(), ids(roles.getValue()));
            dialog.close();
            grid.getDataProvider().refreshAll();
            Notifications.success(getTranslation("users.roles-saved"));
        });
        save.setId("roles-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(roles);
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), event -> dialog.close()), save);
        dialog.open();
    }

    private static Set<UUID> ids(java.util.Collection<RoleSummary> roles) {
        return roles.stream().map(RoleSummary::id).collect(Collectors.toSet());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("users.title");
    }
}
