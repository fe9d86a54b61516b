package app.waymark.restart.ui;

import app.waymark.base.InvalidInputException;
import app.waymark.base.security.Permission;
import app.waymark.base.ui.BoundedUpload;
import app.waymark.base.ui.Notifications;
import app.waymark.restart.ActivityView;
import app.waymark.restart.Attachment;
import app.waymark.restart.AttachmentKind;
import app.waymark.restart.MonitoringDetails;
import app.waymark.restart.MonitoringHistoryLine;
import app.waymark.restart.MonitoringSummary;
import app.waymark.restart.MonitoringTrackers;
import app.waymark.restart.MonitoringUpdate;
import app.waymark.restart.Participants;
import app.waymark.restart.UploadedFiles;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AccessDeniedErrorRouter;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

import java.util.UUID;

/**
 * One monitoring tracker: the participant and the activity not completed, the form that works it (statuses the
 * person may set only), DMA paperwork and evidence uploads with the attached files, and the history. Read-only,
 * saying why, once Rejected or Closed or for those who may not change it. A save that went stale (someone else
 * saved first) is said and the page reloads.
 */
@Route("monitoring/:trackerId")
@RolesAllowed({Permission.MONITORING_WORK, Permission.SANCTION_SET, Permission.TRACKER_EDIT,
        Permission.TRACKER_PRE_AUTHORISE, Permission.TRACKER_PROCESS})
@AccessDeniedErrorRouter
@StyleSheet("styles/restart-monitoring.css")
class MonitoringView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final MonitoringTrackers trackers;
    private final Participants participants;
    private final MonitoringTexts texts = new MonitoringTexts(this);
    private UUID trackerId;
    private MonitoringDetails details;

    MonitoringView(MonitoringTrackers trackers, Participants participants) {
        this.trackers = trackers;
        this.participants = participants;
        setId("monitoring");
        setMaxWidth("72rem");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        trackerId = trackerId(event);
        reload();
    }

    static UUID trackerId(BeforeEnterEvent event) {
        try {
            return UUID.fromString(event.getRouteParameters().get("trackerId").orElse(""));
        } catch (IllegalArgumentException e) {
            throw new NotFoundException();
        }
    }

    private void reload() {
        details = trackers.details(trackerId).orElseThrow(NotFoundException::new);
        render();
    }

    private void render() {
        removeAll();
        MonitoringSummary summary = details.summary();
        add(header(), participantLine());
        if (summary.overdue()) {
            Paragraph overdue = new Paragraph(texts.get("monitoring.page.overdue"));
            overdue.setId("monitoring-overdue");
            overdue.addClassName("wm-overdue");
            add(overdue);
        }
        add(new H2(texts.get("monitoring.page.activity")), activity());
        add(new H2(texts.get("monitoring.page.work")));
        if (details.readOnly()) {
            Paragraph why = new Paragraph(summary.status().isFinal()
                    ? texts.get("monitoring.page.read-only.final", summary.status().label())
                    : texts.get("monitoring.page.read-only.permission"));
            why.setId("monitoring-read-only");
            why.addClassName("wm-callout");
            add(why, answers());
        } else {
            add(form());
        }
        add(new H2(texts.get("monitoring.page.files")), attachments());
        if (!details.readOnly()) {
            HorizontalLayout uploads = new HorizontalLayout(upload(AttachmentKind.DMA_PAPERWORK),
                    upload(AttachmentKind.EVIDENCE));
            uploads.setWrap(true);
            add(new Paragraph(texts.get("monitoring.upload.help", BoundedUpload.describe(UploadedFiles.MAX_BYTES))),
                    uploads);
        }
        Button summaryButton = new Button(texts.get("monitoring.page.summary"), event -> getUI().ifPresent(ui ->
                ui.navigate("monitoring/" + trackerId + "/summary")));
        summaryButton.setId("monitoring-summary");
        add(summaryButton, new H2(texts.get("monitoring.page.history")), history());
    }

    private Component header() {
        Span status = MonitoringTexts.statusBadge(details.summary().status());
        status.setId("monitoring-status-badge");
        H1 title = new H1(texts.get("monitoring.page.title", details.summary().reference()));
        title.setId("monitoring-title");
        HorizontalLayout header = new HorizontalLayout(title, status);
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        header.setWrap(true);
        return header;
    }

    private Paragraph participantLine() {
        MonitoringSummary summary = details.summary();
        Anchor participant = new Anchor("participants/" + summary.participantId(), texts.participant(summary));
        participant.setId("monitoring-participant");
        return new Paragraph(label("monitoring.column.participant"), participant);
    }

    private Div activity() {
        ActivityView activity = details.activity();
        Div card = new Div();
        card.setId("monitoring-activity");
        card.addClassName("wm-card");
        card.add(line("monitoring.activity.title", activity.title()),
                line("monitoring.activity.description", activity.description()),
                line("monitoring.activity.due", MonitoringTexts.date(activity.dueOn())),
                line("monitoring.activity.man-issued", activity.manIssuedOn() == null
                        ? texts.get("monitoring.activity.man-not-issued") : MonitoringTexts.date(activity.manIssuedOn())),
                line("monitoring.activity.reason", activity.notCompleteReason()),
                line("monitoring.activity.not-complete-at",
                        MonitoringTexts.minute(details.summary().notCompleteAt())));
        Anchor plan = new Anchor("participants/" + details.summary().participantId(),
                texts.get("monitoring.activity.action-plan"));
        plan.setId("monitoring-action-plan");
        card.add(new Paragraph(plan));
        return card;
    }

    /** The tracker's answers as text, for a read-only page. */
    private Div answers() {
        MonitoringUpdate current = details.current();
        Div card = new Div();
        card.setId("monitoring-answers");
        card.addClassName("wm-card");
        card.add(line("monitoring.column.status", current.status().label()),
                line("monitoring.column.assignee", texts.assignee(details.summary())),
                line("monitoring.dma", dmaAnswer(texts, current)),
                line("monitoring.notes", current.notes() == null ? texts.get("monitoring.none") : current.notes()));
        return card;
    }

    static String dmaAnswer(MonitoringTexts texts, MonitoringUpdate current) {
        return current.dmaRaised() ? texts.get("common.yes")
                : texts.get("monitoring.dma.no-because", current.dmaNotRaisedReason());
    }

    private Div form() {
        MonitoringForm form = new MonitoringForm(details, participants.trackerAssignees());
        form.setId("monitoring-form");
        Button save = new Button(texts.get("common.save"), event -> save(form));
        save.setId("monitoring-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div holder = new Div(form, save);
        holder.addClassName("wm-monitoring-form");
        return holder;
    }

    private void save(MonitoringForm form) {
        var update = form.read();
        if (update.isEmpty()) {
            return;
        }
        try {
            trackers.update(trackerId, details.version(), update.get());
            Notifications.success(texts.get("monitoring.saved", details.summary().reference()));
            reload();
        } catch (InvalidInputException e) {
            if (!form.show(e)) {
                Notifications.error(e.getMessage());
            }
        } catch (ObjectOptimisticLockingFailureException e) {
            Notifications.error(texts.get("monitoring.stale", details.summary().reference()));
            reload();
        } catch (AccessDeniedException e) {
            Notifications.error(e.getMessage());
            reload();
        }
    }

    private Component attachments() {
        if (details.attachments().isEmpty()) {
            Paragraph none = new Paragraph(texts.get("monitoring.files.none"));
            none.setId("monitoring-files-none");
            return none;
        }
        Grid<Attachment> grid = new Grid<>();
        grid.setId("monitoring-files");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addComponentColumn(this::downloadLink).setHeader(texts.get("monitoring.files.name")).setKey("file")
                .setFlexGrow(3);
        grid.addColumn(file -> file.kind().label()).setHeader(texts.get("monitoring.files.kind")).setFlexGrow(1);
        grid.addColumn(file -> BoundedUpload.describe(file.sizeBytes())).setHeader(texts.get("monitoring.files.size"))
                .setFlexGrow(1);
        grid.addColumn(file -> texts.get("monitoring.files.uploaded-by", MonitoringTexts.minute(file.uploadedAt()),
                file.uploadedBy())).setHeader(texts.get("monitoring.files.uploaded")).setFlexGrow(2);
        grid.setItems(details.attachments());
        grid.setAllRowsVisible(true);
        return grid;
    }

    private Anchor downloadLink(Attachment file) {
        Anchor link = new Anchor(MonitoringFiles.download(trackers, file.id()), file.fileName());
        link.setId("monitoring-file-" + file.id());
        link.getElement().setAttribute("download", true);
        // at least 24px each way in its grid row (WCAG 2.2 target size)
        link.getStyle().set("display", "inline-block").set("min-width", "24px").set("min-height", "24px")
                .set("line-height", "24px").set("padding", "4px 0");
        return link;
    }

    private Div upload(AttachmentKind kind) {
        String tooLarge = texts.get("monitoring.upload.too-large", BoundedUpload.describe(UploadedFiles.MAX_BYTES));
        Span refused = new Span();
        refused.setId("monitoring-upload-error-" + kind.name());
        refused.addClassName("wm-monitoring-upload-error");
        Upload upload = new Upload(BoundedUpload.inMemory(UploadedFiles.MAX_BYTES, tooLarge, (metadata, bytes) -> {
            try {
                trackers.attach(trackerId, kind, metadata.fileName(), bytes);
                Notifications.success(texts.get("monitoring.upload.done", kind.label(), metadata.fileName()));
                reload();
            } catch (InvalidInputException | AccessDeniedException e) {
                refused.setText(e.getMessage());
                Notifications.error(e.getMessage());
            }
        }, message -> {
            refused.setText(message);
            Notifications.error(message);
        }));
        upload.setId("monitoring-upload-" + kind.name());
        upload.setI18n(new UploadI18N().setError(new UploadI18N.Error().setFileIsTooBig(tooLarge))
                .setAddFiles(new UploadI18N.AddFiles().setOne(texts.get("monitoring.upload.button", kind.label()))));
        upload.setAcceptedFileTypes("application/pdf", "image/jpeg", "image/png",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                ".pdf", ".jpg", ".jpeg", ".png", ".docx");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(UploadedFiles.MAX_BYTES);
        upload.addFileRejectedListener(event -> {
            refused.setText(event.getErrorMessage());
            Notifications.error(texts.get("monitoring.upload.rejected", event.getFileName(), event.getErrorMessage()));
        });
        Span title = new Span(kind.label());
        title.addClassName("wm-label");
        Div section = new Div(title, upload, refused);
        section.addClassName("wm-monitoring-upload");
        return section;
    }

    private Grid<MonitoringHistoryLine> history() {
        Grid<MonitoringHistoryLine> grid = new Grid<>();
        grid.setId("monitoring-history");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(line -> MonitoringTexts.minute(line.at())).setHeader(texts.get("monitoring.history.when"))
                .setWidth("10rem").setFlexGrow(0);
        grid.addColumn(MonitoringHistoryLine::by).setHeader(texts.get("monitoring.history.who")).setFlexGrow(1);
        grid.addColumn(MonitoringHistoryLine::action).setHeader(texts.get("monitoring.history.what")).setFlexGrow(1);
        grid.addColumn(MonitoringHistoryLine::detail).setHeader(texts.get("monitoring.history.details"))
                .setFlexGrow(3);
        grid.setItems(details.history());
        grid.setAllRowsVisible(true);
        return grid;
    }

    private Paragraph line(String labelKey, String value) {
        return new Paragraph(label(labelKey), new Span(value == null || value.isBlank()
                ? texts.get("monitoring.none") : value));
    }

    private Span label(String labelKey) {
        Span name = new Span(texts.get(labelKey) + ": ");
        name.addClassName("wm-label");
        return name;
    }

    @Override
    public String getPageTitle() {
        return details == null ? getTranslation("monitoring.list.title")
                : getTranslation("monitoring.page.title", details.summary().reference());
    }
}
