package app.waymark.notification.ui;

import app.waymark.base.InvalidInputException;
import app.waymark.base.security.Permission;
import app.waymark.base.ui.Notifications;
import app.waymark.base.ui.UkFormats;
import app.waymark.base.ui.UrlQuery;
import app.waymark.notification.DeliveryChannels;
import app.waymark.notification.MessageChannel;
import app.waymark.notification.MessageStatus;
import app.waymark.notification.OutboxFilter;
import app.waymark.notification.OutboxMessageSummary;
import app.waymark.notification.OutboxService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AccessDeniedErrorRouter;
import jakarta.annotation.security.RolesAllowed;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Provider admins follow every message their organisation sent: status, attempts, errors, and retry by hand. */
@Route("settings/messages/outbox")
@RolesAllowed(Permission.BRANDING_MANAGE)
@AccessDeniedErrorRouter
class OutboxView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private static final String ROUTE = "settings/messages/outbox";

    private final OutboxService outbox;
    private final Grid<OutboxMessageSummary> grid = new Grid<>();
    private final ComboBox<MessageStatus> status = new ComboBox<>();
    private final ComboBox<MessageChannel> channel = new ComboBox<>();
    private final TextField recipient = new TextField();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final Span total = new Span();
    private boolean applyingUrl;

    OutboxView(OutboxService outbox, DeliveryChannels deliveryChannels) {
        this.outbox = outbox;
        setId("outbox");
        setSizeFull();
        status.setId("outbox-status");
        status.setLabel(getTranslation("outbox.status"));
        status.setItems(MessageStatus.values());
        status.setItemLabelGenerator(this::statusLabel);
        status.setClearButtonVisible(true);
        channel.setId("outbox-channel");
        channel.setLabel(getTranslation("outbox.channel"));
        channel.setItems(MessageChannel.values());
        channel.setItemLabelGenerator(c -> getTranslation("outbox.channel." + c.name()));
        channel.setClearButtonVisible(true);
        recipient.setId("outbox-recipient");
        recipient.setLabel(getTranslation("outbox.recipient"));
        recipient.setClearButtonVisible(true);
        recipient.setValueChangeMode(ValueChangeMode.LAZY);
        from.setId("outbox-from");
        from.setLabel(getTranslation("outbox.from"));
        to.setId("outbox-to");
        to.setLabel(getTranslation("outbox.to"));
        status.addValueChangeListener(event -> filtersChanged());
        channel.addValueChangeListener(event -> filtersChanged());
        recipient.addValueChangeListener(event -> filtersChanged());
        from.addValueChangeListener(event -> filtersChanged());
        to.addValueChangeListener(event -> filtersChanged());
        total.setId("outbox-total");

        grid.setId("outbox-grid");
        // Wrapped cells and modest base widths: every column fits beside the menu on a laptop screen, and long
        // recipients, subjects and errors stay readable instead of being cut off.
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(m -> UkFormats.SECOND.format(m.createdAt())).setKey("queued")
                .setHeader(getTranslation("outbox.queued")).setWidth("8.5rem").setFlexGrow(0);
        grid.addColumn(m -> getTranslation("outbox.channel." + m.channel().name())).setKey("channel")
                .setHeader(getTranslation("outbox.channel")).setWidth("5.5rem").setFlexGrow(0);
        grid.addColumn(OutboxMessageSummary::recipient).setKey("recipient")
                .setHeader(getTranslation("outbox.recipient")).setWidth("11rem").setFlexGrow(1)
                .setPartNameGenerator(m -> "wm-break-anywhere").setTooltipGenerator(OutboxMessageSummary::recipient);
        grid.addColumn(this::what).setKey("message").setHeader(getTranslation("outbox.message")).setWidth("13rem")
                .setFlexGrow(2);
        // The retry button sits with the status it applies to, which leaves the message and outcome room to read.
        grid.addComponentColumn(this::statusCell).setKey("status").setHeader(getTranslation("outbox.status"))
                .setWidth("8.5rem").setFlexGrow(0);
        grid.addColumn(OutboxMessageSummary::attempts).setKey("attempts")
                .setHeader(getTranslation("outbox.attempts")).setWidth("6rem").setFlexGrow(0);
        grid.addColumn(this::outcome).setKey("outcome").setHeader(getTranslation("outbox.outcome")).setWidth("9rem")
                .setFlexGrow(2).setPartNameGenerator(m -> "wm-break-anywhere").setTooltipGenerator(this::outcome);
        grid.getColumns().forEach(column -> column.setResizable(true));
        grid.setEmptyStateText(getTranslation("outbox.none"));
        grid.setItems(query -> outbox.find(filter(), query.getPage(), query.getPageSize()).stream(),
                query -> (int) outbox.count(filter()));
        grid.setSizeFull();

        status.setWidth("10rem");
        channel.setWidth("8rem");
        recipient.setWidth("14rem");
        from.setWidth("10rem");
        to.setWidth("10rem");
        HorizontalLayout filters = new HorizontalLayout(status, channel, recipient, from, to);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        add(new H1(getTranslation("outbox.title")), new Paragraph(getTranslation("outbox.intro")));
        deliveryChannels.logOnlyChannels().forEach(logOnly -> add(logOnlyNotice(logOnly)));
        add(filters, total, grid);
    }

    /** Messages marked sent on a channel that only writes to the log reached nobody: say so where people look. */
    private Paragraph logOnlyNotice(MessageChannel logOnly) {
        Paragraph notice = new Paragraph(getTranslation("outbox.log-only." + logOnly.name()));
        notice.setId("outbox-log-only-" + logOnly.name().toLowerCase(java.util.Locale.ROOT));
        notice.addClassName("wm-callout");
        return notice;
    }

    private String statusLabel(MessageStatus value) {
        return getTranslation("outbox.status." + value.name());
    }

    private String what(OutboxMessageSummary message) {
        String kind = kindLabel(message.kind());
        return message.subject() == null ? kind : kind + ": " + message.subject();
    }

    /** The kind as people say it (e.g. "Survey invitation"); a kind without a translation is shown as stored. */
    private String kindLabel(String kind) {
        String label = getTranslation("outbox.kind." + kind);
        return label.contains("outbox.kind.") ? kind : label;
    }

    private String outcome(OutboxMessageSummary message) {
        List<String> parts = new ArrayList<>();
        if (message.sentAt() != null) {
            parts.add(getTranslation("outbox.sent-at", time(message.sentAt())));
        }
        if (message.deliveryStatus() != null) {
            parts.add(getTranslation("outbox.delivery", message.deliveryStatus()));
        }
        if (message.status() == MessageStatus.QUEUED && message.nextAttemptAt() != null && message.attempts() > 0) {
            parts.add(getTranslation("outbox.next-attempt", time(message.nextAttemptAt())));
        }
        if (message.lastError() != null && message.status() != MessageStatus.SENT) {
            parts.add(message.lastError());
        }
        return String.join(" ", parts);
    }

    private static String time(Instant instant) {
        return UkFormats.SECOND.format(instant);
    }

    private Component statusCell(OutboxMessageSummary message) {
        Span label = new Span(statusLabel(message.status()));
        label.addClassName("wm-outbox-status");
        Div cell = new Div(label);
        if (!message.status().retryable()) {
            return cell;
        }
        Button retry = new Button(getTranslation("outbox.retry"), event -> {
            try {
                outbox.retry(message.id());
                Notifications.success(getTranslation("outbox.retried", message.recipient()));
            } catch (InvalidInputException e) {
                Notifications.error(e.getMessage());
            }
            refresh();
        });
        retry.addClassName("wm-outbox-retry");
        retry.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        cell.add(retry);
        return cell;
    }

    private OutboxFilter filter() {
        return new OutboxFilter(status.getValue(), channel.getValue(), recipient.getValue(), null, from.getValue(),
                to.getValue());
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
        total.setText(getTranslation("outbox.total", outbox.count(filter())));
    }

    private void filtersChanged() {
        if (applyingUrl) {
            return;
        }
        refresh();
        UrlQuery.show(this, ROUTE, UrlQuery.parameters().with("status", status.getValue())
                .with("channel", channel.getValue()).with("recipient", recipient.getValue())
                .with("from", from.getValue()).with("to", to.getValue()).asMap());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters query = event.getLocation().getQueryParameters();
        applyingUrl = true;
        try {
            // The same view instance is reused when the outbox is opened again (a link, Back), so a filter the URL
            // does not name is cleared rather than left as it was.
            status.setValue(query.getSingleParameter("status").flatMap(value -> Arrays.stream(MessageStatus.values())
                    .filter(s -> s.name().equals(value)).findFirst()).orElse(null));
            channel.setValue(query.getSingleParameter("channel").flatMap(value -> Arrays.stream(
                    MessageChannel.values()).filter(c -> c.name().equals(value)).findFirst()).orElse(null));
            recipient.setValue(query.getSingleParameter("recipient").orElse(""));
            from.setValue(query.getSingleParameter("from").map(UrlQuery::date).orElse(null));
            to.setValue(query.getSingleParameter("to").map(UrlQuery::date).orElse(null));
        } finally {
            applyingUrl = false;
        }
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("outbox.title");
    }
}
