package app.waymark.restart.ui;

import app.waymark.base.ui.BoundedUpload;
import app.waymark.base.ui.Notifications;
import app.waymark.restart.Participants;
import app.waymark.restart.ReferralImport;
import app.waymark.restart.ReferralProblem;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;

import java.io.ByteArrayInputStream;

/**
 * Imports a DWP referral file (CSV). A file with any problem adds nobody: its problems are listed with their line
 * and column, to fix and upload again.
 */
final class ReferralImportDialog extends Dialog {

    static final int MAX_BYTES = 5 * 1024 * 1024;

    private final Participants participants;
    private final Runnable whenAdded;
    private final Paragraph outcome = new Paragraph();
    private final Grid<ReferralProblem> problems = new Grid<>();

    ReferralImportDialog(Participants participants, Runnable whenAdded) {
        this.participants = participants;
        this.whenAdded = whenAdded;
        setHeaderTitle(getTranslation("restart.referrals.title"));
        setWidth("min(60rem, 95vw)");
        Paragraph help = new Paragraph(getTranslation("restart.referrals.help"));
        String tooLarge = getTranslation("restart.referrals.too-large", BoundedUpload.describe(MAX_BYTES));
        Upload upload = new Upload(BoundedUpload.inMemory(MAX_BYTES, tooLarge,
                (metadata, bytes) -> imported(metadata.fileName(), bytes), Notifications::error));
        upload.setId("referral-upload");
        upload.setAcceptedFileTypes("text/csv", ".csv");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_BYTES);
        upload.setI18n(new UploadI18N().setError(new UploadI18N.Error().setFileIsTooBig(tooLarge)));
        outcome.setId("referral-outcome");
        problems.setId("referral-problems");
        problems.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        problems.addColumn(ReferralProblem::line).setHeader(getTranslation("restart.referrals.line"))
                .setAutoWidth(true).setFlexGrow(0);
        problems.addColumn(ReferralProblem::column).setHeader(getTranslation("restart.referrals.column"))
                .setAutoWidth(true).setFlexGrow(0);
        problems.addColumn(ReferralProblem::message).setHeader(getTranslation("restart.referrals.problem"))
                .setFlexGrow(1);
        problems.setAllRowsVisible(true);
        problems.setVisible(false);
        add(help, upload, outcome, problems);
        Button close = new Button(getTranslation("restart.referrals.close"), event -> close());
        close.setId("referral-close");
        getFooter().add(close);
    }

    private void imported(String fileName, byte[] bytes) {
        ReferralImport result = participants.importReferrals(fileName, new ByteArrayInputStream(bytes));
        if (result.succeeded()) {
            problems.setVisible(false);
            outcome.setText(getTranslation("restart.referrals.added", result.added(), fileName));
            Notifications.success(outcome.getText());
            whenAdded.run();
        } else {
            outcome.setText(getTranslation("restart.referrals.refused", fileName, result.problems().size()));
            problems.setItems(result.problems());
            problems.setVisible(true);
        }
    }
}
