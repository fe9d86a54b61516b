package app.waymark.destination.ui;

import app.waymark.base.security.CurrentActor;
import app.waymark.base.security.Permission;
import app.waymark.base.ui.InputErrors;
import app.waymark.base.ui.LearnerPageTab;
import app.waymark.base.ui.Notifications;
import app.waymark.base.ui.UkFormats;
import app.waymark.destination.AutomaticRecords;
import app.waymark.destination.LearnerDestinations;
import app.waymark.destination.ManualDestinations;
import app.waymark.destination.RecordSource;
import app.waymark.destination.SurveyDispatch;
import app.waymark.notification.MessageStatuses;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The Destinations tab of the learner page: outcome records, survey history, sending one survey by hand, and (with
 * {@link Permission#LEARNER_EDIT}) adding, changing and deleting records entered by staff, superseding an automatic
 * OTH-3 and marking a flag reviewed (decision 0045). Superseded records stay in the list, marked, with who, when and
 * why. Contact details the learner gave in the survey became a tracker (on the Trackers tab); those the tracker rules
 * refused are shown here with why.
 */
@org.springframework.stereotype.Component
class DestinationsTab implements LearnerPageTab {

    private static final ZoneId UK = ZoneId.of("Europe/London");

    private final LearnerDestinations destinations;
    private final SurveyDispatch dispatch;
    private final ManualDestinations manual;
    private final AutomaticRecords automatic;
    private final Clock clock;

    DestinationsTab(LearnerDestinations destinations, SurveyDispatch dispatch, ManualDestinations manual,
                    AutomaticRecords automatic, Clock clock) {
        this.destinations = destinations;
        this.dispatch = dispatch;
        this.manual = manual;
        this.automatic = automatic;
        this.clock = clock;
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
        records.addColumn(r -> staffNotes(tab, r)).setKey("review")
                .setHeader(tab.getTranslation("destination.review.column")).setFlexGrow(3);
        records.setPartNameGenerator(r -> r.superseded() == null ? null : "wm-superseded");
        boolean canEdit = CurrentActor.has(Permission.LEARNER_EDIT);
        if (canEdit) {
            records.addComponentColumn(r -> actions(tab, learnerId, r)).setKey("actions")
                    .setHeader(tab.getTranslation("destination.actions")).setAutoWidth(true).setFlexGrow(0);
        }
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

        destinations.contactDetailsNotRaised(learnerId).forEach(details -> tab.add(notRaised(tab, details)));
        tab.add(new H3(tab.getTranslation("destination.records")));
        tab.add(recordItems.isEmpty() ? new Paragraph(tab.getTranslation("destination.records.none")) : records);
        if (canEdit && realDestinationBesideAutomaticOth3(recordItems)) {
            Paragraph hint = new Paragraph(tab.getTranslation("destination.supersede.hint"));
            hint.setId("supersede-hint");
            tab.add(hint);
        }
        if (canEdit) {
            Button add = new Button(tab.getTranslation("destination.add"),
                    event -> openEditor(tab, learnerId, null));
            add.setId("add-destination");
            tab.add(add);
        }
        tab.add(new H3(tab.getTranslation("destination.surveys")));
        tab.add(invitationItems.isEmpty() ? new Paragraph(tab.getTranslation("destination.surveys.none"))
                : invitations);
        if (CurrentActor.has(Permission.DESTINATION_SURVEY_SEND)) {
            Button send = new Button(tab.getTranslation("destination.send-now"), event -> {
                SurveyDispatch.ManualSend result = dispatch.sendNow(learnerId);
                if (result.sent()) {
                    Notifications.success(tab.getTranslation("destination.send-now.sent",
                            channels(tab, result)));
                } else {
                    Notifications.error(tab.getTranslation("destination.send-now.not-sent",
                            String.join("; ", result.reasons().stream()
                                    .map(reason -> InputErrors.text(tab, reason)).toList())));
                }
                fill(tab, learnerId);
            });
            send.setId("send-survey-now");
            send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            tab.add(send);
        }
    }

    private static Component notRaised(VerticalLayout tab, LearnerDestinations.ContactDetailsNotRaised details) {
        Paragraph note = new Paragraph(tab.getTranslation("destination.contact-not-raised",
                time(details.submittedAt()), orNone(tab, details.email()), orNone(tab, details.mobile()),
                details.reason()));
        note.addClassName("wm-contact-not-raised");
        return note;
    }

    private static String orNone(Component tab, String value) {
        return value == null || value.isBlank() ? tab.getTranslation("destination.contact-not-raised.none") : value;
    }

    /** Who reviewed or superseded the record, when, and what they wrote; or that its flag still waits for review. */
    private static String staffNotes(Component tab, LearnerDestinations.DestinationRecord record) {
        if (record.superseded() != null) {
            return tab.getTranslation("destination.superseded.note", time(record.superseded().at()),
                    record.superseded().by(), record.superseded().text());
        }
        if (record.reviewed() != null) {
            return tab.getTranslation("destination.reviewed.note", time(record.reviewed().at()),
                    record.reviewed().by(), record.reviewed().text());
        }
        return record.awaitingReview() ? tab.getTranslation("destination.review.awaiting") : "";
    }

    /** A record from the survey or staff starting no earlier than an automatic OTH-3 that still counts. */
    private static boolean realDestinationBesideAutomaticOth3(List<LearnerDestinations.DestinationRecord> records) {
        return records.stream().filter(LearnerDestinations.DestinationRecord::supersedable).anyMatch(oth3 ->
                records.stream().anyMatch(r -> !r.automatic()
                        && !r.outcome().startDate().isBefore(oth3.outcome().startDate())));
    }

    private Component actions(VerticalLayout tab, UUID learnerId, LearnerDestinations.DestinationRecord record) {
        if (record.automatic()) {
            return automaticActions(tab, learnerId, record);
        }
        if (record.source() != RecordSource.MANUAL) {
            return new com.vaadin.flow.component.html.Span();
        }
        Button edit = new Button(tab.getTranslation("destination.edit"), event -> openEditor(tab, learnerId, record));
        edit.setId("edit-destination-" + record.id());
        edit.addThemeVariants(ButtonVariant.LUMO_SMALL);
        Button delete = new Button(tab.getTranslation("destination.delete"),
                event -> confirmDelete(tab, learnerId, record));
        delete.setId("delete-destination-" + record.id());
        delete.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        HorizontalLayout buttons = new HorizontalLayout(edit, delete);
        buttons.setSpacing(true);
        buttons.setPadding(false);
        return buttons;
    }

    private Component automaticActions(VerticalLayout tab, UUID learnerId,
                                       LearnerDestinations.DestinationRecord record) {
        HorizontalLayout buttons = new HorizontalLayout();
        buttons.setSpacing(true);
        buttons.setPadding(false);
        String description = record.outcome().label() + ", " + date(record.outcome().startDate());
        if (record.supersedable()) {
            Button supersede = new Button(tab.getTranslation("destination.supersede"), event -> new StaffNoteDialog(
                    StaffNoteDialog.Kind.SUPERSEDE, description, reason -> automatic.supersede(record.id(), reason),
                    () -> {
                        Notifications.success(tab.getTranslation("destination.superseded"));
                        fill(tab, learnerId);
                    }, refused -> {
                        Notifications.error(refused);
                        fill(tab, learnerId);
                    }).open());
            supersede.setId("supersede-destination-" + record.id());
            supersede.addThemeVariants(ButtonVariant.LUMO_SMALL);
            buttons.add(supersede);
        }
        if (record.awaitingReview()) {
            Button review = new Button(tab.getTranslation("destination.review"), event -> new StaffNoteDialog(
                    StaffNoteDialog.Kind.REVIEW, description, note -> automatic.markReviewed(record.id(), note),
                    () -> {
                        Notifications.success(tab.getTranslation("destination.reviewed"));
                        fill(tab, learnerId);
                    }, refused -> {
                        Notifications.error(refused);
                        fill(tab, learnerId);
                    }).open());
            review.setId("review-destination-" + record.id());
            review.addThemeVariants(ButtonVariant.LUMO_SMALL);
            buttons.add(review);
        }
        return buttons;
    }

    /** The add/change dialog; {@code record} null adds a new one. */
    private void openEditor(VerticalLayout tab, UUID learnerId, LearnerDestinations.DestinationRecord record) {
        new DestinationRecordDialog(record, LocalDate.now(clock.withZone(UK)), entry -> {
            if (record == null) {
                manual.add(learnerId, entry);
                Notifications.success(tab.getTranslation("destination.added"));
            } else {
                manual.edit(record.id(), entry);
                Notifications.success(tab.getTranslation("destination.changed"));
            }
            fill(tab, learnerId);
        }).open();
    }

    private void confirmDelete(VerticalLayout tab, UUID learnerId, LearnerDestinations.DestinationRecord record) {
        new DeleteDestinationDialog(record.outcome().label(), date(record.outcome().startDate()), () -> {
            manual.delete(record.id());
            Notifications.success(tab.getTranslation("destination.deleted"));
        }, () -> fill(tab, learnerId)).open();
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
