package app.waymark.security.ui;

import app.waymark.base.ui.UkFormats;
import app.waymark.base.ui.FieldErrors;
import app.waymark.base.InvalidInputException;
import app.waymark.base.security.Permission;
import app.waymark.base.ui.Notifications;
import app.waymark.security.ApiTokenService;
import app.waymark.security.ApiTokenSummary;
import app.waymark.security.CreatedApiToken;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AccessDeniedErrorRouter;
import jakarta.annotation.security.RolesAllowed;

import java.time.Instant;

/** Provider admins create API tokens for their MIS (shown once), see when each was last used, and revoke them. */
@Route("settings/api-tokens")
@RolesAllowed(Permission.API_TOKENS_MANAGE)
@AccessDeniedErrorRouter
@Menu(title = "menu.api-tokens", order = 82, icon = "vaadin:key")
class ApiTokensView extends VerticalLayout implements HasDynamicTitle {


    private final ApiTokenService tokens;
    private final Grid<ApiTokenSummary> grid = new Grid<>();

    ApiTokensView(ApiTokenService tokens) {
        this.tokens = tokens;
        setId("api-tokens");
        Button create = new Button(getTranslation("tokens.create"), event -> openCreateDialog());
        create.setId("create-token");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        grid.setId("tokens-grid");
        grid.addColumn(ApiTokenSummary::name).setHeader(getTranslation("tokens.name")).setFlexGrow(2);
        grid.addColumn(ApiTokenSummary::prefix).setHeader(getTranslation("tokens.prefix")).setFlexGrow(1);
        grid.addColumn(ApiTokenSummary::createdBy).setHeader(getTranslation("tokens.created-by")).setFlexGrow(1);
        grid.addColumn(t -> time(t.createdAt())).setHeader(getTranslation("tokens.created")).setFlexGrow(1);
        grid.addColumn(t -> time(t.lastUsedAt())).setHeader(getTranslation("tokens.last-used")).setFlexGrow(1);
        grid.addComponentColumn(this::revokeOrStatus).setWidth("10rem").setFlexGrow(0);
        grid.setAllRowsVisible(true);
        refresh();
        add(new H1(getTranslation("tokens.title")), new Paragraph(getTranslation("tokens.intro")), create, grid);
    }

    private static String time(Instant instant) {
        return instant == null ? "-" : UkFormats.MINUTE.format(instant);
    }

    private com.vaadin.flow.component.Component revokeOrStatus(ApiTokenSummary token) {
        if (token.revokedAt() != null) {
            return new Span(getTranslation("tokens.revoked", time(token.revokedAt())));
        }
        Button revoke = new Button(getTranslation("tokens.revoke"), event -> {
            tokens.revoke(token.id());
            refresh();
            Notifications.success(getTranslation("tokens.revoked-message", token.name()));
        });
        revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        return revoke;
    }

    private void refresh() {
        grid.setItems(tokens.list());
    }

    private void openCreateDialog() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("tokens.create"));
        TextField name = new TextField(getTranslation("tokens.name"));
        name.setId("token-name");
        name.setWidthFull();
        Button save = new Button(getTranslation("tokens.create"), event -> {
            try {
                CreatedApiToken created = tokens.create(name.getValue());
                dialog.close();
                refresh();
                showSecret(created);
            } catch (InvalidInputException e) {
                FieldErrors.show(name, e.getMessage());
            }
        });
        save.setId("token-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(name);
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), event -> dialog.close()), save);
        dialog.open();
    }

    private void showSecret(CreatedApiToken created) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("tokens.created-title"));
        Span secret = new Span(created.token());
        secret.setId("token-secret");
        secret.addClassName("wm-secret");
        dialog.add(new Paragraph(getTranslation("tokens.created-text")), secret);
        Button done = new Button(getTranslation("common.done"), event -> dialog.close());
        done.setId("token-done");
        dialog.getFooter().add(done);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("tokens.title");
    }
}
