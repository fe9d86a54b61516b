package app.waymark.bootcamp.ui;

import app.waymark.base.InvalidInputException;
import app.waymark.base.security.CurrentActor;
import app.waymark.base.security.Permission;
import app.waymark.base.ui.InputErrors;
import app.waymark.base.ui.Notifications;
import app.waymark.base.ui.UkFormats;
import app.waymark.bootcamp.BootcampHours;
import app.waymark.bootcamp.RecordedHours;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;

/**
 * The learner's guided learning hours on the Bootcamp tab: one row a day with who recorded it, the total, removal
 * after a confirmation, and "Record hours". A change calls {@code changed}, which shows the tab again so the start
 * milestone's verdict follows the hours.
 */
class HoursSection extends VerticalLayout {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private final BootcampHours hours;
    private final BootcampTexts texts;
    private final Runnable changed;

    HoursSection(BootcampHours hours, UUID learnerId, BootcampTexts texts, Runnable changed) {
        this.hours = hours;
        this.texts = texts;
        this.changed = changed;
        setId("bootcamp-hours");
        setPadding(false);
        List<RecordedHours> recorded = hours.forLearner(learnerId);
        Paragraph intro = new Paragraph(texts.text("bootcamps.hours.intro"));
        add(new H3(texts.text("bootcamps.hours.title")), intro);
        if (recorded.isEmpty()) {
            add(new Paragraph(texts.text("bootcamps.hours.none")));
        } else {
            add(grid(recorded));
            BigDecimal total = recorded.stream().map(RecordedHours::hours).reduce(BigDecimal.ZERO, BigDecimal::add);
            Paragraph totalLine = new Paragraph(texts.text("bootcamps.hours.total", BootcampTexts.hours(total),
                    recorded.size()));
            totalLine.setId("bootcamp-hours-total");
            add(totalLine);
        }
        if (CurrentActor.has(Permission.LEARNER_EDIT)) {
            add(new HoursForm(hours, learnerId, changed));
        }
    }

    private Grid<RecordedHours> grid(List<RecordedHours> recorded) {
        Grid<RecordedHours> grid = new Grid<>();
        grid.setId("bootcamp-hours-list");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(entry -> BootcampTexts.date(entry.deliveredOn())).setHeader(texts.text("bootcamps.hours.day"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(entry -> BootcampTexts.hours(entry.hours())).setHeader(texts.text("bootcamps.hours.hours"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(entry -> entry.note() == null ? "" : entry.note()).setHeader(texts.text("bootcamps.hours.note"))
                .setFlexGrow(2);
        grid.addColumn(entry -> texts.text("bootcamps.hours.recorded-by", entry.recordedBy(),
                WHEN.format(entry.recordedAt().atZone(UkFormats.UK)))).setHeader(texts.text("bootcamps.hours.recorded"))
                .setFlexGrow(2);
        if (CurrentActor.has(Permission.LEARNER_EDIT)) {
            grid.addComponentColumn(entry -> {
                Button remove = new Button(texts.text("bootcamps.hours.remove"), click -> confirmRemoval(entry));
                remove.addClassName("bootcamp-hours-remove");
                remove.setAriaLabel(texts.text("bootcamps.hours.remove.label", BootcampTexts.hours(entry.hours()),
                        BootcampTexts.date(entry.deliveredOn())));
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR,
                        ButtonVariant.LUMO_SMALL);
                return remove;
            }).setKey("remove").setAutoWidth(true).setFlexGrow(0);
        }
        grid.setItems(recorded);
        grid.setAllRowsVisible(true);
        return grid;
    }

    private void confirmRemoval(RecordedHours entry) {
        RemovalConfirmation.ask(texts, "bootcamp-hours-confirm", "bootcamps.hours.remove", () -> remove(entry),
                BootcampTexts.hours(entry.hours()), BootcampTexts.date(entry.deliveredOn()));
    }

    private void remove(RecordedHours entry) {
        try {
            hours.remove(entry.id());
            Notifications.success(texts.text("bootcamps.hours.removed"));
        } catch (InvalidInputException e) {
            Notifications.error(InputErrors.text(this, e));
        }
        changed.run();
    }
}
