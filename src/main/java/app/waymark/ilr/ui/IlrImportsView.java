package app.waymark.ilr.ui;

import app.waymark.audit.AuditService;
import app.waymark.base.ui.BoundedUpload;
import app.waymark.base.ui.UkFormats;
import app.waymark.base.InvalidInputException;
import app.waymark.base.security.Permission;
import app.waymark.base.ui.Notifications;
import app.waymark.ilr.reader.IlrYear;
import app.waymark.ilr.IlrImportService;
import app.waymark.ilr.IlrImportStatus;
import app.waymark.ilr.ImportProgress;
import app.waymark.ilr.ImportReport;
import app.waymark.learner.MisRoundTrip;
import app.waymark.learner.MisSettlement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AccessDeniedErrorRouter;
import jakarta.annotation.security.RolesAllowed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;

/**
 * MIS officers upload an ILR XML file (or a zip holding one). The import runs on a background thread; a progress bar
 * follows it (server push) and the page stays usable. The history lists every import with its counts and problems.
 */
@Route("ilr/imports")
@RolesAllowed(Permission.ILR_IMPORT)
@AccessDeniedErrorRouter
@Menu(title = "menu.ilr-imports", order = 20, icon = "vaadin:upload")
class IlrImportsView extends VerticalLayout implements HasDynamicTitle {

    /** The progress bar's share for checking the file (about its share of a first import, docs/benchmarks.md). */
    private static final double CHECKING_SHARE = 0.4;

    private static final Logger log = LoggerFactory.getLogger(IlrImportsView.class);

    private final IlrImportService imports;
    private final AuditService audit;
    private final Upload upload;
    private final ProgressBar progressBar = new ProgressBar();
    private final Span progressText = new Span();
    private final Div result = new Div();
    private final Grid<ImportReport> historyGrid = new Grid<>();

    IlrImportsView(IlrImportService imports, AuditService audit) {
        this.imports = imports;
        this.audit = audit;
        setId("ilr-imports");
        String tooLarge = getTranslation("ilr.too-large", BoundedUpload.describe(imports.maxFileBytes()));
        // Read on the server up to the limit only; both callbacks run with the UI locked.
        upload = new Upload(BoundedUpload.toTempFile(imports.maxFileBytes(), tooLarge,
                (metadata, file) -> startImport(metadata.fileName(), file), this::refuseFile));
        upload.setId("ilr-upload");
        upload.setAcceptedFileTypes(".xml", ".zip", ".XML", ".ZIP");
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, imports.maxFileBytes()));
        upload.setI18n(new UploadI18N().setError(new UploadI18N.Error().setFileIsTooBig(tooLarge)));
        upload.addFileRejectedListener(event -> Notifications.error(
                getTranslation("ilr.file-rejected", event.getFileName(), event.getErrorMessage())));
        upload.setDropLabel(new Span(getTranslation("ilr.drop")));
        progressBar.setVisible(false);
        progressBar.setId("ilr-progress");
        progressText.setId("ilr-progress-text");
        result.setId("ilr-result");

        historyGrid.setId("ilr-history");
        historyGrid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT); // file names and counts in full
        historyGrid.addColumn(r -> UkFormats.MINUTE.format(r.startedAt())).setHeader(getTranslation("ilr.when")).setWidth("11rem")
                .setFlexGrow(0);
        historyGrid.addColumn(ImportReport::fileName).setHeader(getTranslation("ilr.file")).setFlexGrow(3);
        historyGrid.addColumn(ImportReport::ilrYear).setHeader(getTranslation("ilr.year")).setWidth("6rem")
                .setFlexGrow(0);
        historyGrid.addColumn(ImportReport::startedBy).setHeader(getTranslation("ilr.by")).setFlexGrow(2);
        historyGrid.addColumn(r -> getTranslation("ilr.status." + r.status().name().toLowerCase()))
                .setHeader(getTranslation("ilr.status")).setWidth("7.5rem").setFlexGrow(0);
        historyGrid.addColumn(this::counts).setHeader(getTranslation("ilr.counts.header")).setFlexGrow(4);
        historyGrid.addColumn(r -> String.format("%.1f s", r.durationMs() / 1000.0))
                .setHeader(getTranslation("ilr.duration")).setWidth("5.5rem").setFlexGrow(0);
        historyGrid.setAllRowsVisible(true);
        historyGrid.setItemDetailsRenderer(new com.vaadin.flow.data.renderer.ComponentRenderer<>(report -> {
            Div details = new Div(problemList(report));
            details.add(misRoundTrip(report, false));
            return details;
        }));
        refreshHistory();

        add(new H1(getTranslation("ilr.title")),
                new Paragraph(getTranslation("ilr.intro", IlrYear.acceptedLabels())), upload, progressBar,
                progressText, result, new H2(getTranslation("ilr.history")), historyGrid);
    }

    private void startImport(String fileName, File uploaded) throws IOException {
        UI ui = getUI().orElseThrow();
        File file = Files.createTempFile("waymark-ilr-", ".upload").toFile();
        Files.move(uploaded.toPath(), file.toPath(), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        ui.access(() -> {
            result.removeAll();
            showProgress(new ImportProgress(ImportProgress.Phase.CHECKING, 0, 100));
            progressBar.setVisible(true);
        });
        Thread.ofVirtual().name("ilr-import").start(new DelegatingSecurityContextRunnable(() -> {
            try {
                ImportReport report = imports.importFile(file.toPath(), fileName,
                        progress -> ui.access(() -> showProgress(progress)));
                ui.access(() -> showReport(report));
            } catch (InvalidInputException e) {
                ui.access(() -> showFailure(e.getMessage()));
            } catch (RuntimeException | Error e) {
                failed(ui, fileName, e);
            } finally {
                file.delete();
            }
        }));
    }

    /**
     * Any other failure of the background import: logged in full for the operator, written to the audit trail and
     * told to the person in plain words, so the page never keeps a progress bar for work that has stopped.
     */
    private void failed(UI ui, String fileName, Throwable failure) {
        log.error("The background import of {} failed", fileName, failure);
        try {
            audit.recordBackgroundFailure("ilr-import", fileName, failure.getClass().getSimpleName()
                    + (failure.getMessage() == null ? "" : ": " + failure.getMessage()));
        } catch (RuntimeException auditFailure) {
            failure.addSuppressed(auditFailure);
            log.error("The failed import of {} could not be written to the audit trail", fileName, auditFailure);
        } finally {
            ui.access(() -> showFailure(getTranslation("ilr.failed", fileName)));
        }
    }

    private void showFailure(String message) {
        progressBar.setVisible(false);
        progressText.setText("");
        result.removeAll();
        Paragraph failure = new Paragraph(message);
        failure.setId("ilr-failure");
        failure.addClassName("wm-callout");
        result.add(failure);
        Notifications.error(message);
        refreshHistory();
    }

    private void refuseFile(String message) {
        upload.clearFileList();
        showFailure(message);
    }

    private String counts(ImportReport report) {
        String counts = getTranslation("ilr.counts", report.learnersInFile(), report.created(), report.updated(),
                report.unchanged(), report.problemCount());
        MisRoundTrip mis = report.misRoundTrip();
        if (mis.keyed() + report.misKept() + report.misSuperseded() > 0) {
            counts += " " + getTranslation("ilr.mis.counts", mis.keyed(), report.misKept(), report.misSuperseded());
        }
        return counts;
    }

    /**
     * What the import did to fields Waymark changed that were still to key into the MIS (decision 0029): found
     * keyed, Waymark's value kept over an older file, or replaced by a newer one. Empty when it met none. Only the
     * result of the import just run is {@code identified} (the history's details show the same parts).
     */
    private Div misRoundTrip(ImportReport report, boolean identified) {
        Div mis = new Div();
        MisRoundTrip trip = report.misRoundTrip();
        if (trip.keyed() > 0) {
            mis.add(new Paragraph(getTranslation("ilr.mis.keyed", trip.keyed())));
        }
        if (report.misKept() > 0) {
            Paragraph kept = new Paragraph(getTranslation("ilr.mis.kept", report.misKept()));
            if (identified) {
                kept.setId("ilr-mis-kept");
            }
            mis.add(kept, lines(trip.kept(), "ilr.mis.kept.line"));
        }
        if (report.misSuperseded() > 0) {
            Paragraph superseded = new Paragraph(getTranslation("ilr.mis.superseded", report.misSuperseded()));
            if (identified) {
                superseded.setId("ilr-mis-superseded");
            }
            mis.add(superseded, lines(trip.superseded(), "ilr.mis.superseded.line"));
        }
        if (identified) {
            mis.setId("ilr-mis-round-trip");
        }
        return mis;
    }

    private UnorderedList lines(List<MisSettlement> settlements, String key) {
        UnorderedList list = new UnorderedList();
        list.addClassName("wm-problems");
        settlements.forEach(line -> list.add(new ListItem(getTranslation(key, line.learnRefNumber(), line.record(),
                line.field(), value(line.waymarkValue()), value(line.fileValue()), line.reference()))));
        return list;
    }

    private String value(String value) {
        return value == null || value.isBlank() ? getTranslation("ilr.mis.empty") : value;
    }

    private void showProgress(ImportProgress progress) {
        switch (progress.phase()) {
            case CHECKING, APPLYING -> {
                double phaseDone = progress.total() == 0 ? 0 : (double) progress.done() / progress.total();
                // one bar for both phases
                progressBar.setIndeterminate(false);
                progressBar.setValue(progress.phase() == ImportProgress.Phase.CHECKING
                        ? CHECKING_SHARE * phaseDone : CHECKING_SHARE + (1 - CHECKING_SHARE) * phaseDone);
                progressText.setText(getTranslation("ilr.progress." + progress.phase().name().toLowerCase(),
                        progress.done(), progress.total()));
            }
            case DONE -> progressBar.setVisible(false);
        }
    }

    private void showReport(ImportReport report) {
        progressBar.setVisible(false);
        progressText.setText("");
        result.removeAll();
        result.add(new H2(getTranslation("ilr.result." + report.status().name().toLowerCase(), report.fileName())));
        if (report.status() == IlrImportStatus.APPLIED) {
            Paragraph counts = new Paragraph(counts(report));
            counts.setId("ilr-counts");
            result.add(counts, misRoundTrip(report, true));
        } else {
            result.add(new Paragraph(getTranslation("ilr.nothing-changed")), problemList(report));
        }
        refreshHistory();
    }

    private UnorderedList problemList(ImportReport report) {
        UnorderedList list = new UnorderedList();
        list.addClassName("wm-problems");
        report.problems().forEach(problem -> list.add(new ListItem(problem.toString())));
        return list;
    }

    private void refreshHistory() {
        historyGrid.setItems(imports.history(50));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("ilr.title");
    }
}
