package app.waymark.destination.ui;

import app.waymark.base.security.Actor;
import app.waymark.base.security.CurrentActor;
import app.waymark.base.security.Permission;
import app.waymark.base.ui.LearnerPageTab;
import app.waymark.base.ui.Notifications;
import app.waymark.base.ui.UkFormats;
import app.waymark.destination.LearnerDestinations;
import app.waymark.destination.SurveyDispatch;
import app.waymark.notification.MessageStatuses;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import java.util.stream.Collectors;

/** The Destinations tab of the learner page: outcome records, survey history, and sending one survey by hand. */
@org.springframework.stereotype.Component
class DestinationsTab implements LearnerPageTab {

    private final LearnerDestinations destinations;
    private final SurveyDispatch dispatch;

    DestinationsTab(LearnerDestinations destinations, SurveyDispatch dispatch) {
        this.destinations = destinations;
        this.dispatch = dispatch;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public String titleKey() {
        return "learner.tab.destinations";
    }

    @Override
    public Component create(UUID learnerId) {
        VerticalLayout tab = new VerticalLayout();
        tab.setId("learner-destinations");
        tab.setPadding(false);
        fill(tab, learnerId);
        return tab;
    }

    private void fill(VerticalLayout tab, UUID learnerId) {
        tab.removeAll();
        Grid<LearnerDestinations.DestinationRecord> records = new Grid<>();
        records.setId("destination-records");
        records.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        records.addColumn(r -> r.outcome().label()).setHeader(tab.getTranslation("destination.outcome"))
                .setWidth("6rem").setFlexGrow(0);
        records.addColumn(r -> tab.getTranslation("destination.code." + r.outcome().label()))
                .setHeader(tab.getTranslation("destination.meaning")).setFlexGrow(3);
        records.addColumn(r -> date(r.outcome().startDate())).setHeader(tab.getTranslation("destination.start"));
        records.addColumn(r -> date(r.outcome().endDate())).setHeader(tab.getTranslation("destination.end"));
        records.addColumn(r -> date(r.outcome().collectionDate()))
                .setHeader(tab.getTranslation("destination.collected"));
        records.addColumn(r -> tab.getTranslation("destination.source." + r.source()))
                .setHeader(tab.getTranslation("destination.source"));
        records.addColumn(r -> r.flag() == null ? "" : tab.getTranslation("destination.flag." + r.flag())
                + (r.flagReason() == null ? "" : ": " + r.flagReason())).setHeader(tab.getTranslation(
                "destination.flag")).setFlexGrow(3).setTooltipGenerator(r -> r.flagReason() == null ? ""
                : r.flagReason());
        var recordItems = destinations.records(learnerId);
        records.setItems(recordItems);
        records.setAllRowsVisible(true);

        Grid<LearnerDestinations.InvitationHistory> invitations = new Grid<>();
        invitations.setId("survey-invitations");
        invitations.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        invitations.addColumn(i -> time(i.sentAt())).setHeader(tab.getTranslation("destination.sent"));
        invitations.addColumn(i -> i.byHand() ? tab.getTranslation("destination.by-hand", i.sentBy())
                : tab.getTranslation("destination.daily-run")).setHeader(tab.getTranslation("destination.how"));
        invitations.addColumn(i -> i.messages().stream().map(m -> describe(tab, m))
                .collect(Collectors.joining("; "))).setHeader(tab.getTranslation("destination.messages"))
                .setFlexGrow(3);
        invitations.addColumn(i -> tab.getTranslation("destination.status." + i.status()))
                .setHeader(tab.getTranslation("destination.survey-status"));
        invitations.addColumn(i -> time(i.openedAt())).setHeader(tab.getTranslation("destination.opened"));
        invitations.addColumn(i -> Integer.toString(i.remindersSent()))
                .setHeader(tab.getTranslation("destination.reminders")).setWidth("7rem").setFlexGrow(0);
        invitations.addColumn(i -> time(i.answeredAt())).setHeader(tab.getTranslation("destination.answered"));
        var invitationItems = destinations.invitations(learnerId);
        invitations.setItems(invitationItems);
        invitations.setAllRowsVisible(true);

        tab.add(new H3(tab.getTranslation("destination.records")));
        tab.add(recordItems.isEmpty() ? new Paragraph(tab.getTranslation("destination.records.none")) : records);
        tab.add(new H3(tab.getTranslation("destination.surveys")));
        tab.add(invitationItems.isEmpty() ? new Paragraph(tab.getTranslation("destination.surveys.none"))
                : invitations);
        if (CurrentActor.get().map(Actor::permissions).orElseThrow()
                .contains(Permission.DESTINATION_SURVEY_SEND)) {
            Button send = new Button(tab.getTranslation("destination.send-now"), event -> {
                SurveyDispatch.ManualSend result = dispatch.sendNow(learnerId);
                if (result.sent()) {
                    Notifications.success(tab.getTranslation("destination.send-now.sent",
                            channels(tab, result)));
                } else {
                    Notifications.error(tab.getTranslation("destination.send-now.not-sent",
                            String.join("; ", result.reasons())));
                }
                fill(tab, learnerId);
            });
            send.setId("send-survey-now");
            send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            tab.add(send);
        }
    }

    private static String channels(Component tab, SurveyDispatch.ManualSend result) {
        return result.email() && result.sms() ? tab.getTranslation("destination.channels.both")
                : result.email() ? tab.getTranslation("destination.channels.email")
                : tab.getTranslation("destination.channels.sms");
    }

    private static String describe(Component tab, MessageStatuses.Status message) {
        String kind = message.purpose().startsWith("survey-reminder:") ? tab.getTranslation("destination.reminder")
                : tab.getTranslation("destination.invitation");
        return tab.getTranslation("destination.message", kind, tab.getTranslation("outbox.channel."
                + message.channel().name()), tab.getTranslation("outbox.status." + message.status().name()))
                + (message.deliveryStatus() == null ? "" : " (" + message.deliveryStatus() + ")");
    }

    private static String date(LocalDate date) {
        return date == null ? "" : UkFormats.DATE.format(date);
    }

    private static String time(Instant instant) {
        return instant == null ? "" : UkFormats.MINUTE.format(instant);
    }
}
