package app.waymark.notification.ui;

import app.waymark.base.InvalidInputException;
import app.waymark.base.security.Permission;
import app.waymark.base.ui.Notifications;
import app.waymark.base.ui.UkFormats;
import app.waymark.base.ui.UrlQuery;
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
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

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

    OutboxView(OutboxService outbox) {
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
        grid.addColumn(m -> UkFormats.SECOND.format(m.createdAt())).setHeader(getTranslation("outbox.queued"))
                .setWidth("12rem").setFlexGrow(0);
        grid.addColumn(m -> getTranslation("outbox.channel." + m.channel().name()))
                .setHeader(getTranslation("outbox.channel")).setWidth("6rem").setFlexGrow(0);
        grid.addColumn(OutboxMessageSummary::recipient).setHeader(getTranslation("outbox.recipient")).setFlexGrow(2);
        grid.addColumn(this::what).setHeader(getTranslation("outbox.message")).setFlexGrow(3);
        grid.addColumn(m -> statusLabel(m.status())).setHeader(getTranslation("outbox.status")).setFlexGrow(1);
        grid.addColumn(OutboxMessageSummary::attempts).setHeader(getTranslation("outbox.attempts")).setWidth("6rem")
                .setFlexGrow(0);
        grid.addColumn(this::outcome).setHeader(getTranslation("outbox.outcome")).setFlexGrow(3)
                .setTooltipGenerator(this::outcome);
        grid.addComponentColumn(this::retryButton).setWidth("8rem").setFlexGrow(0);
        grid.setItems(query -> outbox.find(filter(), query.getOffset(), query.getLimit()).stream(),
                query -> (int) outbox.count(filter()));
        grid.setSizeFull();

        HorizontalLayout filters = new HorizontalLayout(status, channel, recipient, from, to);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        add(new H1(getTranslation("outbox.title")), new Paragraph(getTranslation("outbox.intro")), filters, total,
                grid);
        refresh();
    }

    private String statusLabel(MessageStatus value) {
        return getTranslation("outbox.status." + value.name());
    }

    private String what(OutboxMessageSummary message) {
        return message.subject() == null ? message.kind() : message.kind() + ": " + message.subject();
    }

    private String outcome(OutboxMessageSummary message) {
        StringBuilder text = new StringBuilder();
        if (message.sentAt() != null) {
            text.append(getTranslation("outbox.sent-at", UkFormats.SECOND.format(message.sentAt())));
        }
        if (message.deliveryStatus() != null) {
            text.append(' ').append(getTranslation("outbox.delivery", message.deliveryStatus()));
        }
        if (message.status() == MessageStatus.QUEUED && message.nextAttemptAt() != null && message.attempts() > 0) {
            text.append(getTranslation("outbox.next-attempt", time(message.nextAttemptAt()))).append(' ');
        }
        if (message.lastError() != null && message.status() != MessageStatus.SENT) {
            text.append(message.lastError());
        }
        return text.toString().strip();
    }

    private static String time(Instant instant) {
        return UkFormats.SECOND.format(instant);
    }

    private Component retryButton(OutboxMessageSummary message) {
        if (!message.status().retryable()) {
            return new Span();
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
        retry.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        return retry;
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
        Map<String, String> parameters = new LinkedHashMap<>();
        if (status.getValue() != null) {
            parameters.put("status", status.getValue().name());
        }
        if (channel.getValue() != null) {
            parameters.put("channel", channel.getValue().name());
        }
        if (!recipient.isEmpty()) {
            parameters.put("recipient", recipient.getValue());
        }
        if (!from.isEmpty()) {
            parameters.put("from", from.getValue().toString());
        }
        if (!to.isEmpty()) {
            parameters.put("to", to.getValue().toString());
        }
        UrlQuery.show(this, ROUTE, parameters);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters query = event.getLocation().getQueryParameters();
        applyingUrl = true;
        try {
            query.getSingleParameter("status").flatMap(value -> Arrays.stream(MessageStatus.values())
                    .filter(s -> s.name().equals(value)).findFirst()).ifPresent(status::setValue);
            query.getSingleParameter("channel").flatMap(value -> Arrays.stream(MessageChannel.values())
                    .filter(c -> c.name().equals(value)).findFirst()).ifPresent(channel::setValue);
            query.getSingleParameter("recipient").ifPresent(recipient::setValue);
            query.getSingleParameter("from").map(UrlQuery::date).ifPresent(from::setValue);
            query.getSingleParameter("to").map(UrlQuery::date).ifPresent(to::setValue);
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
