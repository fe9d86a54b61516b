package app.waymark.tracker.ui;

import app.waymark.base.InvalidInputException;
import app.waymark.base.Sentence;
import app.waymark.base.security.Permission;
import app.waymark.base.ui.Notifications;
import app.waymark.learner.FieldChange;
import app.waymark.security.StaffMembers;
import app.waymark.tracker.RaisedBy;
import app.waymark.tracker.TrackerAction;
import app.waymark.tracker.TrackerConflictException;
import app.waymark.tracker.TrackerDetails;
import app.waymark.tracker.TrackerHistoryLine;
import app.waymark.tracker.TrackerRefusedException;
import app.waymark.tracker.TrackerService;
import app.waymark.tracker.TrackerStatus;
import app.waymark.tracker.TrackerSummary;
import app.waymark.tracker.TrackerType;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AccessDeniedErrorRouter;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import app.waymark.learner.MisChange;
import app.waymark.learner.MisState;
import app.waymark.learner.MisChanges;
import java.util.stream.Collectors;

/**
 * One tracker: what is asked for, where it came from, what processing would do now and what cannot be applied,
 * values changed since it was raised (compared side by side before processing), the actions (each enabled only
 * when the current user may, otherwise disabled with the reason beside it) and the history. Anything that went
 * stale meanwhile (someone else acted first) is said in a notification and the page reloads.
 */
@Route("trackers/:trackerId")
@RolesAllowed(Permission.LEARNER_VIEW)
@AccessDeniedErrorRouter
class TrackerView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** One row of the side-by-side comparison. */
    record Comparison(String field, String whenRaised, String now, String afterProcessing) {
    }

    private final TrackerService trackers;
    private final StaffMembers staff;
    private final MisChanges misChanges;
    private final TrackerTexts texts = new TrackerTexts(this);
    private UUID trackerId;
    private TrackerDetails details;

    TrackerView(TrackerService trackers, StaffMembers staff, MisChanges misChanges) {
        this.trackers = trackers;
        this.staff = staff;
        this.misChanges = misChanges;
        setId("tracker");
        setMaxWidth("72rem");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            trackerId = UUID.fromString(event.getRouteParameters().get("trackerId").orElse(""));
        } catch (IllegalArgumentException e) {
            throw new NotFoundException();
        }
        details = trackers.details(trackerId).orElseThrow(NotFoundException::new);
        render();
    }

    private void reload() {
        details = trackers.details(trackerId).orElseThrow(NotFoundException::new);
        render();
    }

    private void render() {
        removeAll();
        TrackerSummary summary = details.summary();
        Span status = new Span(texts.status(summary.status()));
        status.setId("tracker-status");
        status.addClassNames("wm-tracker-status", "wm-tracker-status-" + summary.status().name().toLowerCase());
        H1 title = new H1(texts.get("tracker.page.title", summary.reference(), texts.type(summary)));
        HorizontalLayout header = new HorizontalLayout(title, status);
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        header.setWrap(true);
        Anchor learner = new Anchor("learners/" + summary.learnerId(), texts.learner(summary));
        learner.setId("tracker-learner");
        Paragraph about = new Paragraph(new Span(texts.get("tracker.page.about") + " "), learner);
        add(header, about, facts(), request());
        if (details.preview() != null) {
            add(preview());
        }
        if (!details.changedSinceRaised().isEmpty()) {
            add(comparison());
        } else {
            add(actions(null));
        }
        if (summary.status() == TrackerStatus.PROCESSED) {
            List<MisChange> keyed = misChanges.ofReference("Tracker " + summary.reference());
            if (!keyed.isEmpty()) {
                add(new H2(texts.get("tracker.page.mis")), mis(keyed));
            }
        }
        add(new H2(texts.get("tracker.page.history")), history());
    }

    /** Where each field the processed change set stands with the provider's MIS (the round trip, decision 0029). */
    private Grid<MisChange> mis(List<MisChange> keyed) {
        Grid<MisChange> grid = new Grid<>();
        grid.setId("tracker-mis");
        grid.addColumn(change -> change.record() + " " + change.field()).setHeader(texts.get("mis.field"));
        grid.addColumn(change -> change.after() == null ? "" : change.after()).setHeader(texts.get("mis.to"));
        grid.addColumn(this::misState).setHeader(texts.get("mis.state")).setFlexGrow(2);
        grid.setItems(keyed);
        grid.setAllRowsVisible(true);
        return grid;
    }

    /** The state; for a field still to key that an import would have reversed, which import and what it held. */
    private String misState(MisChange change) {
        String state = texts.get("mis.state." + change.state().name());
        if (change.state() != MisState.TO_KEY || change.keptAt() == null) {
            return state;
        }
        return texts.get("mis.state.kept", state, TrackerTexts.minute(change.keptAt()),
                change.keptFileValue() == null ? texts.get("mis.kept.empty") : change.keptFileValue());
    }

    private Div facts() {
        TrackerSummary summary = details.summary();
        Div facts = new Div();
        facts.setId("tracker-facts");
        facts.addClassName("wm-card");
        String raisedBy = summary.raisedByName() == null ? "" : summary.raisedByName();
        facts.add(line("tracker.page.raised", details.raisedBy() == RaisedBy.STAFF_FOR_LEARNER
                ? texts.get("tracker.page.raised-for-learner", raisedBy, TrackerTexts.minute(summary.raisedAt()))
                : texts.get("tracker.page.raised-by", raisedBy, TrackerTexts.minute(summary.raisedAt()))));
        if (details.source() != null) {
            facts.add(line("tracker.page.source", details.source()));
        }
        Paragraph due = line("tracker.column.due", texts.due(summary));
        if (summary.overdue()) {
            due.addClassName("wm-overdue");
        }
        facts.add(due);
        facts.add(line("tracker.column.assignee", texts.assignee(summary)));
        if (details.effectiveDate() != null) {
            facts.add(line("tracker.raise.effective-date", TrackerTexts.date(details.effectiveDate())));
        }
        if (details.evidenceFileName() != null) {
            facts.add(labelled("tracker.page.evidence", evidenceLink()));
        }
        if (details.notes() != null) {
            facts.add(line("tracker.raise.notes", details.notes()));
        }
        if (details.closedAt() != null) {
            facts.add(line("tracker.page.closed", texts.get("tracker.page.closed-by",
                    texts.status(summary.status()), details.closedByName(), TrackerTexts.minute(details.closedAt()))));
        }
        if (details.rejectionReason() != null) {
            Paragraph reason = line("tracker.page.rejection-reason", details.rejectionReason());
            reason.setId("tracker-rejection-reason");
            facts.add(reason);
        }
        return facts;
    }

    private Anchor evidenceLink() {
        DownloadHandler handler = event -> {
            var file = trackers.evidence(trackerId).orElseThrow(() -> new IllegalStateException(
                    "The evidence of tracker " + trackerId + " has gone"));
            event.setFileName(file.fileName());
            event.setContentType(file.contentType());
            event.setContentLength(file.content().length);
            event.getOutputStream().write(file.content());
        };
        Anchor link = new Anchor(handler, details.evidenceFileName());
        link.setId("tracker-evidence");
        link.getElement().setAttribute("download", true);
        return link;
    }

    private Div request() {
        Div request = new Div();
        request.setId("tracker-request");
        request.add(new H2(texts.get("tracker.page.request")));
        if (details.change() == null) {
            customValues(request);
        } else {
            ChangeDescriptions.of(details.change(), texts)
                    .forEach(line -> request.add(plain(line.label(), line.value())));
        }
        return request;
    }

    /** The fields of a tracker of the provider's own type, in the type's order; dates the UK way. */
    private void customValues(Div request) {
        if (details.customValues().isEmpty()) {
            request.add(new Paragraph(texts.get("tracker.custom.no-values")));
        }
        details.customValues().forEach((label, value) -> request.add(plain(label, customValue(value))));
    }

    private static String customValue(String value) {
        if (value != null && value.matches("\\d{4}-\\d{2}-\\d{2}")) {
            try {
                return TrackerTexts.date(java.time.LocalDate.parse(value));
            } catch (java.time.DateTimeException e) {
                return value;
            }
        }
        return value;
    }

    private Div preview() {
        Div preview = new Div();
        preview.setId("tracker-preview");
        preview.add(new H2(texts.get("tracker.page.preview")));
        if (details.preview().effects().isEmpty()) {
            preview.add(new Paragraph(texts.get("tracker.page.preview.nothing")));
        } else {
            preview.add(sentences("tracker-effects", details.preview().effects()));
        }
        if (!details.preview().blockers().isEmpty()) {
            H2 heading = new H2(texts.get("tracker.page.blockers"));
            heading.addClassName("wm-tracker-blockers-heading");
            UnorderedList blockers = sentences("tracker-blockers", details.preview().blockers());
            blockers.addClassName("wm-tracker-blockers");
            preview.add(heading, blockers);
        }
        return preview;
    }

    private UnorderedList sentences(String id, List<Sentence> sentences) {
        UnorderedList list = new UnorderedList();
        list.setId(id);
        sentences.forEach(sentence -> list.add(new ListItem(texts.sentence(sentence))));
        return list;
    }

    /** Values someone else changed after raising: side by side, to be ticked as compared before processing. */
    private Div comparison() {
        Div section = new Div();
        section.setId("tracker-comparison");
        section.addClassName("wm-callout");
        section.add(new H2(texts.get("tracker.page.changed-since")),
                new Paragraph(texts.get("tracker.page.changed-since.intro")));
        Map<String, String> after = details.preview() == null ? Map.of() : details.preview().fields().stream()
                .collect(Collectors.toMap(FieldChange::field, change -> orNone(change.after()), (a, b) -> b));
        List<Comparison> rows = details.changedSinceRaised().stream().map(value -> new Comparison(value.field(),
                orNone(value.whenRaised()), orNone(value.now()), after.getOrDefault(value.field(),
                texts.get("tracker.page.unchanged", orNone(value.now()))))).toList();
        Grid<Comparison> grid = new Grid<>();
        grid.setId("tracker-comparison-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.addColumn(Comparison::field).setHeader(texts.get("tracker.compare.field"));
        grid.addColumn(Comparison::whenRaised).setHeader(texts.get("tracker.compare.when-raised"));
        grid.addColumn(Comparison::now).setHeader(texts.get("tracker.compare.now"));
        grid.addColumn(Comparison::afterProcessing).setHeader(texts.get("tracker.compare.after"));
        grid.setItems(rows);
        grid.setAllRowsVisible(true);
        Checkbox compared = new Checkbox(texts.get("tracker.compare.ticked"));
        compared.setId("tracker-compared");
        compared.setEnabled(details.may(TrackerAction.PROCESS));
        section.add(grid, compared);
        Div holder = new Div(section);
        Div actions = actions(compared);
        holder.add(actions);
        compared.addValueChangeListener(event -> {
            holder.remove(holder.getComponentAt(1));
            holder.add(actions(compared));
        });
        return holder;
    }

    /**
     * The action buttons. While the tracker is open every action shows, disabled with the reason when the user may
     * not; once it is closed only Process shows (disabled, saying it is closed). {@code compared} is the
     * comparison's tick box when values changed since raising (Process waits for it), else null.
     */
    private Div actions(Checkbox compared) {
        Div actions = new Div();
        actions.setId("tracker-actions");
        actions.addClassName("wm-tracker-actions");
        boolean open = details.summary().status().open();
        for (TrackerAction action : TrackerAction.values()) {
            if (!open && action != TrackerAction.PROCESS) {
                continue;
            }
            Optional<Sentence> refusal = details.actions().get(action);
            String reason = refusal.map(texts::sentence).orElse(null);
            if (reason == null && action == TrackerAction.PROCESS && compared != null && !compared.getValue()) {
                reason = texts.get("tracker.compare.tick-first");
            }
            Button button = new Button(texts.get("tracker.action." + action.name()), event -> run(action, compared));
            button.setId("action-" + action.name());
            button.setEnabled(reason == null);
            if (action == TrackerAction.PROCESS) {
                button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            } else if (action == TrackerAction.REJECT) {
                button.addThemeVariants(ButtonVariant.LUMO_ERROR);
            }
            Div row = new Div(button);
            row.addClassName("wm-tracker-action");
            if (reason != null) {
                Span why = new Span(reason);
                why.setId("reason-" + action.name());
                why.addClassName("wm-tracker-reason");
                row.add(why);
            }
            actions.add(row);
        }
        return actions;
    }

    private void run(TrackerAction action, Checkbox compared) {
        String reference = details.summary().reference();
        long version = details.version();
        switch (action) {
            case EDIT -> editRequest(version);
            case ASSIGN -> new AssignDialog(trackers, staff, List.of(trackerId),
                    texts.get("tracker.assign.what-one", reference), this::reload).open();
            case PRE_AUTHORISE -> guardedShowingInput(() -> trackers.preAuthorise(trackerId, version),
                    "tracker.done.PRE_AUTHORISE");
            case PROCESS -> guardedShowingInput(() -> trackers.process(trackerId, version,
                    compared != null && compared.getValue() ? details.currentValues() : Map.of()),
                    "tracker.done.PROCESS");
            case REJECT -> new RejectDialog(reference, reason -> guarded(() ->
                    trackers.reject(trackerId, version, reason), "tracker.done.REJECT")).open();
            case CANCEL -> guardedShowingInput(() -> trackers.cancel(trackerId, version), "tracker.done.CANCEL");
        }
    }

    /** The edit dialog of the tracker's type: its change form, or the fields of a provider's own type. */
    private void editRequest(long version) {
        if (details.summary().type() == TrackerType.CUSTOM) {
            trackers.customTypeOf(trackerId).ifPresentOrElse(type -> new EditCustomTrackerDialog(details, type,
                            (values, notes) -> guarded(() -> trackers.editCustom(trackerId, version, values, notes),
                                    "tracker.done.EDIT")).open(),
                    () -> Notifications.error(texts.get("tracker.edit.no-form")));
            return;
        }
        ChangeForms.forType(details.summary().type()).ifPresentOrElse(form ->
                new EditTrackerDialog(details, form, (change, effectiveDate, notes) -> guarded(() ->
                        trackers.edit(trackerId, version, change, effectiveDate, notes),
                        "tracker.done.EDIT")).open(),
                () -> Notifications.error(texts.get("tracker.edit.no-form")));
    }

    /**
     * Does the action; says so and reloads. When someone else got there first or it is no longer allowed, says
     * why and reloads to show the tracker as it is now. Input errors go back to the dialog that asked.
     */
    private void guarded(Runnable action, String doneKey) {
        try {
            action.run();
            Notifications.success(texts.get(doneKey, details.summary().reference()));
        } catch (TrackerConflictException e) {
            Notifications.error(e.getMessage());
        } catch (TrackerRefusedException e) {
            Notifications.error(texts.sentence(e.why()));
        }
        reload();
    }

    /** As {@link #guarded}, for actions without a dialog: input errors too are said and the page reloads. */
    private void guardedShowingInput(Runnable action, String doneKey) {
        try {
            guarded(action, doneKey);
        } catch (InvalidInputException e) {
            Notifications.error(e.getMessage());
            reload();
        }
    }

    private Grid<TrackerHistoryLine> history() {
        Grid<TrackerHistoryLine> grid = new Grid<>();
        grid.setId("tracker-history");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(line -> TrackerTexts.minute(line.at())).setHeader(texts.get("tracker.history.when"))
                .setWidth("10rem").setFlexGrow(0);
        grid.addColumn(TrackerHistoryLine::actorName).setHeader(texts.get("tracker.history.who")).setFlexGrow(1);
        grid.addColumn(line -> HistoryDescriptions.action(line, texts)).setHeader(texts.get("tracker.history.what"))
                .setFlexGrow(1);
        grid.addComponentColumn(line -> {
            Div lines = new Div();
            HistoryDescriptions.of(line, texts).forEach(text -> lines.add(new Div(text)));
            return lines;
        }).setHeader(texts.get("tracker.history.details")).setKey("details").setFlexGrow(3);
        grid.setItems(details.history());
        grid.setAllRowsVisible(true);
        return grid;
    }

    private Paragraph line(String labelKey, String value) {
        return plain(texts.get(labelKey), value);
    }

    private static Paragraph plain(String label, String value) {
        Span name = new Span(label + ": ");
        name.addClassName("wm-label");
        return new Paragraph(name, new Span(value == null ? "" : value));
    }

    private Paragraph labelled(String labelKey, Component value) {
        Span name = new Span(texts.get(labelKey) + ": ");
        name.addClassName("wm-label");
        return new Paragraph(name, value);
    }

    private String orNone(String value) {
        return value == null || value.isBlank() ? texts.get("tracker.value.none") : value;
    }

    @Override
    public String getPageTitle() {
        return details == null ? getTranslation("tracker.list.title")
                : getTranslation("tracker.page.title", details.summary().reference(),
                texts.type(details.summary()));
    }
}
