package app.waymark.operations.ui;

import app.waymark.base.InvalidInputException;
import app.waymark.base.ui.FieldErrors;
import app.waymark.base.ui.Notifications;
import app.waymark.base.ui.UkFormats;
import app.waymark.notification.SendingDomains;
import app.waymark.tenant.TenantSummary;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;

/**
 * The sending domains the operator has approved for one provider: approve another (its syntax checked; approving one
 * twice changes nothing) or withdraw one, which applies to messages already queued. Only platform data shows here:
 * the domains and who approved them, nothing of the provider's own settings.
 */
class SendingDomainsDialog extends Dialog {

    private final SendingDomains domains;
    private final TenantSummary provider;
    private final Runnable changed;
    private final Grid<SendingDomains.ApprovedDomain> grid = new Grid<>();

    SendingDomainsDialog(SendingDomains domains, TenantSummary provider, Runnable changed) {
        this.domains = domains;
        this.provider = provider;
        this.changed = changed;
        setId("sending-domains");
        setWidth("min(48rem, 95vw)");
        setHeaderTitle(getTranslation("tenants.domains.title", provider.name()));
        grid.setId("sending-domains-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.addColumn(SendingDomains.ApprovedDomain::domain).setHeader(getTranslation("tenants.domains.domain"))
                .setKey("domain").setFlexGrow(3);
        grid.addColumn(d -> UkFormats.DATE_OF_INSTANT.format(d.approvedAt()))
                .setHeader(getTranslation("tenants.domains.approved-on")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(SendingDomains.ApprovedDomain::approvedBy).setHeader(getTranslation("tenants.domains.approved-by"))
                .setFlexGrow(2);
        grid.addComponentColumn(this::withdrawButton).setKey("actions").setAutoWidth(true).setFlexGrow(0);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("tenants.domains.empty", provider.name()));

        TextField domain = new TextField(getTranslation("tenants.domains.new"));
        domain.setId("sending-domain");
        domain.setHelperText(getTranslation("tenants.domains.new.help"));
        domain.setMinWidth("20rem");
        Button approve = new Button(getTranslation("tenants.domains.approve"), event -> {
            domain.setInvalid(false);
            try {
                SendingDomains.Approval approval = domains.approve(provider.id(), domain.getValue());
                domain.clear();
                refresh();
                if (approval.newlyApproved()) {
                    Notifications.success(getTranslation("tenants.domains.approved-message", approval.domain(),
                            provider.name()));
                } else {
                    Notifications.success(getTranslation("tenants.domains.already-approved", approval.domain(),
                            provider.name()));
                }
            } catch (InvalidInputException e) {
                FieldErrors.show(domain, e.getMessage());
            }
        });
        approve.setId("approve-domain");
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        approve.addClickShortcut(Key.ENTER);
        HorizontalLayout form = new HorizontalLayout(domain, approve);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);

        add(new Paragraph(getTranslation("tenants.domains.intro", provider.name())), grid, form);
        getFooter().add(new Button(getTranslation("common.done"), event -> close()));
        grid.setItems(domains.approvedFor(provider.id()));
    }

    private void refresh() {
        grid.setItems(domains.approvedFor(provider.id()));
        changed.run();
    }

    private Button withdrawButton(SendingDomains.ApprovedDomain approved) {
        Button button = new Button(getTranslation("tenants.domains.withdraw"), event -> {
            boolean withdrawn = domains.withdraw(provider.id(), approved.domain());
            refresh();
            if (withdrawn) {
                Notifications.success(getTranslation("tenants.domains.withdrawn-message", approved.domain(),
                        provider.name()));
            } else {
                Notifications.error(getTranslation("tenants.domains.not-approved", approved.domain(),
                        provider.name()));
            }
        });
        button.setId("withdraw-domain-" + approved.domain());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        return button;
    }
}
