package app.waymark.bootcamp.ui;

import app.waymark.base.InvalidInputException;
import app.waymark.base.security.CurrentActor;
import app.waymark.base.security.Permission;
import app.waymark.base.ui.Notifications;
import app.waymark.base.ui.UkFormats;
import app.waymark.bootcamp.BootcampEvents;
import app.waymark.bootcamp.KeyInRow;
import app.waymark.bootcamp.RecordedEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;

/**
 * The learner's events recorded in Waymark on the Bootcamp tab: each with its status ("Waiting for the MIS" or "In
 * the MIS since"), the ILR rows to key in field by field and in plain English, the exports, and the form to record
 * another. Says that recorded events are not evidence for the milestones by themselves.
 */
class EventsSection extends VerticalLayout {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private final BootcampEvents events;
    private final UUID learnerId;
    private final BootcampTexts texts;
    private final Clock clock;
    private final VerticalLayout list = new VerticalLayout();

    EventsSection(BootcampEvents events, UUID learnerId, BootcampTexts texts, Clock clock) {
        this.events = events;
        this.learnerId = learnerId;
        this.texts = texts;
        this.clock = clock;
        setId("bootcamp-events");
        setPadding(false);
        list.setPadding(false);
        Paragraph intro = new Paragraph(texts.text("bootcamps.events.intro"));
        intro.setId("bootcamp-events-intro");
        add(new H3(texts.text("bootcamps.events.title")), intro, list);
        if (CurrentActor.has(Permission.LEARNER_EDIT)) {
            add(new EventForm(events, learnerId, this::refresh));
        }
        refresh();
    }

    private void refresh() {
        list.removeAll();
        BootcampEvents.LearnerEvents learner = events.forLearner(learnerId).orElse(null);
        if (learner == null || learner.events().isEmpty()) {
            list.add(new Paragraph(texts.text("bootcamps.events.none")));
            return;
        }
        learner.events().forEach(event -> list.add(event(event)));
        if (learner.events().stream().anyMatch(event -> !event.event().inMis())) {
            String stem = "bootcamp-events-" + learner.learnRefNumber();
            HorizontalLayout exports = new HorizontalLayout(
                    EventExports.download("bootcamp-events-xml", "xml", stem, () -> events.forLearner(
                            learnerId).stream().toList(), this::today, texts),
                    EventExports.download("bootcamp-events-csv", "csv", stem, () -> events.forLearner(
                            learnerId).stream().toList(), this::today, texts));
            list.add(exports);
        }
    }

    private Component event(BootcampEvents.LearnerEvent shown) {
        RecordedEvent event = shown.event();
        Div card = new Div();
        card.addClassName("bootcamp-event");
        card.getElement().setAttribute("data-kind", event.kind().name());
        Span status = new Span(event.inMis()
                ? texts.text("bootcamps.events.in-mis", BootcampTexts.date(LocalDate.ofInstant(event.inMisSince(),
                UkFormats.UK)))
                : texts.text("bootcamps.events.waiting"));
        status.addClassNames("wm-tracker-status", event.inMis() ? "wm-tracker-status-processed"
                : "wm-tracker-status-pre_authorised", "bootcamp-event-status");
        HorizontalLayout heading = new HorizontalLayout(new H4(texts.text("bootcamps.events.heading",
                texts.text("bootcamps.events.kind." + event.kind().name()), BootcampTexts.date(event.date()))),
                status);
        heading.setAlignItems(FlexComponent.Alignment.BASELINE);
        card.add(heading, new Paragraph(texts.text("bootcamps.events.recorded-by", event.recordedBy(),
                WHEN.format(event.recordedAt().atZone(UkFormats.UK)))));
        if (event.note() != null) {
            card.add(new Paragraph(texts.text("bootcamps.events.note", event.note())));
        }
        for (KeyInRow row : shown.rows()) {
            card.add(row(row));
        }
        if (!event.inMis() && shown.rows().isEmpty() && shown.waitingFor() == null) {
            Paragraph held = new Paragraph(texts.text("bootcamps.events.held"));
            held.addClassName("bootcamp-event-held");
            card.add(held);
        }
        if (shown.waitingFor() != null) {
            Paragraph waiting = new Paragraph(texts.text(shown.waitingFor()));
            waiting.addClassName("bootcamp-event-waiting-for");
            card.add(waiting);
        }
        if (!event.inMis() && CurrentActor.has(Permission.LEARNER_EDIT)) {
            Button remove = new Button(texts.text("bootcamps.events.remove"), click -> RemovalConfirmation.ask(texts,
                    "bootcamp-event-confirm", "bootcamps.events.remove", () -> remove(event),
                    texts.text("bootcamps.events.kind." + event.kind().name()), BootcampTexts.date(event.date())));
            remove.addClassName("bootcamp-event-remove");
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            card.add(remove);
        }
        return card;
    }

    private Component row(KeyInRow row) {
        VerticalLayout change = new VerticalLayout();
        change.setPadding(false);
        change.setSpacing(false);
        change.addClassName("bootcamp-keyin-row");
        Paragraph meaning = new Paragraph(texts.text(row.meaning()));
        meaning.addClassName("bootcamp-keyin-meaning");
        Grid<KeyInRow.Field> fields = new Grid<>();
        fields.addClassName("bootcamp-keyin-fields");
        fields.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        fields.addColumn(KeyInRow.Field::name).setHeader(texts.text("bootcamps.events.field"));
        fields.addColumn(field -> field.value().isEmpty() ? texts.text("bootcamps.events.value.empty")
                : field.value()).setHeader(texts.text("bootcamps.events.value"));
        fields.setItems(row.fields());
        fields.setAllRowsVisible(true);
        fields.setWidth("32rem");
        change.add(new H4(texts.text("bootcamps.events.action." + row.action().name(),
                String.valueOf(row.aimSeqNumber()), row.learnAimRef())), meaning, fields);
        return change;
    }

    private void remove(RecordedEvent event) {
        try {
            events.remove(event.id());
            Notifications.success(texts.text("bootcamps.events.removed"));
        } catch (InvalidInputException e) {
            Notifications.error(e.getMessage());
        }
        refresh();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(UkFormats.UK));
    }
}
