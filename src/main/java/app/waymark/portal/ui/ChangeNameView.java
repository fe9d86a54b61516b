package app.waymark.portal.ui;

import app.waymark.base.InvalidInputException;
import app.waymark.base.ui.BoundedUpload;
import app.waymark.branding.BrandingService;
import app.waymark.learner.LearnerRecordChanges;
import app.waymark.learner.RecordChange;
import app.waymark.portal.LearnerSessions;
import app.waymark.tenant.TenantService;
import app.waymark.tracker.LearnerRequests;
import app.waymark.tracker.RaiseRequest;
import app.waymark.tracker.TrackerType;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.FieldSet;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Request a change of name: the name as it should be now, whether it is a legal change, for a legal change a document
 * that shows it (PDF, JPEG or PNG, at most 10 MB, checked by its content as soon as it arrives and again when the
 * request is raised), check your answers, sent.
 */
@Route(value = "me/:provider/change/name", autoLayout = false)
@AnonymousAllowed
class ChangeNameView extends RequestPage {

    static final int MAX_NAME = 100;

    private String givenNames;
    private String familyName;
    private Boolean legalChange;
    private RaiseRequest.Evidence evidence;

    ChangeNameView(TenantService tenants, BrandingService brandings, LearnerSessions sessions,
                   LearnerRequests requests, LearnerRecordChanges changes) {
        super(tenants, brandings, sessions, requests, changes);
    }

    @Override
    protected TrackerType type() {
        return TrackerType.CHANGE_OF_NAME;
    }

    @Override
    protected void showStep(String step) {
        boolean named = givenNames != null;
        boolean answeredLegal = named && legalChange != null;
        boolean complete = answeredLegal && (!legalChange || evidence != null);
        switch (step) {
            case "legal" -> {
                if (named) {
                    showLegal();
                } else {
                    showName(List.of());
                }
            }
            case "evidence" -> {
                if (answeredLegal && legalChange) {
                    showEvidence(null);
                } else {
                    showStep("legal");
                }
            }
            case "check" -> {
                if (complete) {
                    showCheck();
                } else {
                    showStep("evidence");
                }
            }
            default -> showName(List.of());
        }
    }

    // ---- the name ----

    private void showName(List<InvalidInputException> problems) {
        step("name", getTranslation("portal.name.title"), backToAboutYou());
        earlierRequestNotice();
        Map<String, String> now = now();
        String current = String.join(" ", now.values().stream().filter(Objects::nonNull).toList());
        if (!current.isBlank()) {
            inset("current-name", getTranslation("portal.name.current", current));
        }
        text(getTranslation("portal.name.intro"));
        TextField given = textField("givenNames", getTranslation("portal.name.given"),
                getTranslation("portal.name.given.hint"), Autocomplete.GIVEN_NAME, MAX_NAME);
        TextField family = textField("familyName", getTranslation("portal.name.family"), null,
                Autocomplete.FAMILY_NAME, MAX_NAME);
        given.setValue(Objects.requireNonNullElse(givenNames != null ? givenNames : now.get("GivenNames"), ""));
        family.setValue(Objects.requireNonNullElse(familyName != null ? familyName : now.get("FamilyName"), ""));
        Map<String, TextField> fields = Map.of("givenNames", given, "familyName", family);
        body.add(given, family);
        Button next = primary(getTranslation("portal.request.continue"), "continue");
        next.addClickListener(event -> {
            List<InvalidInputException> found = nameProblems(given.getValue(), family.getValue(), now);
            if (!found.isEmpty()) {
                showFieldProblems(found, fields, "givenNames");
                return;
            }
            givenNames = given.getValue().strip();
            familyName = family.getValue().strip();
            showLegal();
        });
        body.add(next);
        if (!problems.isEmpty()) {
            showFieldProblems(problems, fields, "givenNames");
        }
    }

    private List<InvalidInputException> nameProblems(String given, String family, Map<String, String> now) {
        List<InvalidInputException> problems = new ArrayList<>();
        String givenValue = blankToNull(given);
        String familyValue = blankToNull(family);
        if (givenValue == null) {
            problems.add(new InvalidInputException("givenNames", getTranslation("portal.name.given.missing")));
        } else if (givenValue.length() > MAX_NAME) {
            problems.add(new InvalidInputException("givenNames",
                    getTranslation("portal.name.given.too-long", MAX_NAME)));
        }
        if (familyValue == null) {
            problems.add(new InvalidInputException("familyName", getTranslation("portal.name.family.missing")));
        } else if (familyValue.length() > MAX_NAME) {
            problems.add(new InvalidInputException("familyName",
                    getTranslation("portal.name.family.too-long", MAX_NAME)));
        }
        if (problems.isEmpty()) {
            try {
                changes.normalised(new RecordChange.NameChange(givenValue, familyValue, false));
            } catch (InvalidInputException refusal) {
                problems.add(refusal);
            }
        }
        if (problems.isEmpty() && givenValue.equals(now.get("GivenNames"))
                && familyValue.equals(now.get("FamilyName"))) {
            problems.add(new InvalidInputException("givenNames", getTranslation("portal.name.unchanged")));
        }
        return problems;
    }

    // ---- legal change? ----

    private void showLegal() {
        String heading = getTranslation("portal.name.legal.title");
        step("legal", heading, () -> showName(List.of()));
        RadioButtonGroup<Boolean> legal = yesNo("legalChange");
        legal.setValue(legalChange);
        body.add(question("legalChange-question", heading, getTranslation("portal.name.legal.hint"), legal));
        Button next = primary(getTranslation("portal.request.continue"), "continue");
        next.addClickListener(event -> {
            if (legal.getValue() == null) {
                String message = getTranslation("portal.name.legal.missing");
                fieldError(legal, message);
                showProblems(List.of(new Problem(message, focus(legal))));
                return;
            }
            legalChange = legal.getValue();
            if (legalChange) {
                showEvidence(null);
            } else {
                evidence = null;
                showCheck();
            }
        });
        body.add(next);
    }

    // ---- the document ----

    private void showEvidence(String problem) {
        step("evidence", getTranslation("portal.name.evidence.title"), this::showLegal);
        text(getTranslation("portal.name.evidence.intro"));
        text(getTranslation("portal.name.evidence.rules", BoundedUpload.describe(LearnerRequests.MAX_EVIDENCE_BYTES)));
        Span error = new Span();
        error.setId("evidence-error");
        error.addClassName("wm-survey-error-message");
        error.setVisible(false);
        Paragraph chosen = new Paragraph();
        chosen.setId("evidence-name");
        chosen.getElement().setAttribute("role", "status");
        FieldSet field = new FieldSet();
        field.setId("evidence-field");
        field.addClassName("wm-survey-fieldset");
        field.setLegendText(getTranslation("portal.name.evidence.label"));
        field.getLegend().addClassName("wm-survey-legend");
        field.add(error);
        String tooLarge = getTranslation("portal.name.evidence.too-large",
                BoundedUpload.describe(LearnerRequests.MAX_EVIDENCE_BYTES));
        Upload upload = new Upload(BoundedUpload.inMemory(LearnerRequests.MAX_EVIDENCE_BYTES, tooLarge,
                (metadata, bytes) -> received(new RaiseRequest.Evidence(metadata.fileName(), metadata.contentType(),
                        bytes), field, error, chosen),
                refusal -> refusedFile(refusal, field, error, chosen)));
        upload.setId("evidence");
        // No drop zone: a phone cannot drop a file, and its label is greyed out (too faint) once a file is chosen.
        upload.setDropAllowed(false);
        upload.setI18n(new UploadI18N()
                .setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("portal.name.evidence.choose")))
                .setError(new UploadI18N.Error().setFileIsTooBig(tooLarge)
                        .setIncorrectFileType(getTranslation("portal.name.evidence.wrong-type"))));
        upload.setAcceptedFileTypes("application/pdf", "image/jpeg", "image/png", ".pdf", ".jpg", ".jpeg", ".png");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(LearnerRequests.MAX_EVIDENCE_BYTES);
        upload.addFileRejectedListener(event -> refusedFile(event.getErrorMessage(), field, error, chosen));
        upload.addFileRemovedListener(event -> {
            evidence = null;
            chosen.setText("");
        });
        field.add(upload);
        if (evidence != null) {
            chosen.setText(getTranslation("portal.name.evidence.chosen", evidence.fileName()));
        }
        body.add(field, chosen);
        Button next = primary(getTranslation("portal.request.continue"), "continue");
        next.addClickListener(event -> {
            if (evidence == null) {
                refusedFile(getTranslation("portal.name.evidence.missing"), field, error, chosen);
                return;
            }
            showCheck();
        });
        body.add(next);
        if (problem != null) {
            refusedFile(problem, field, error, chosen);
        }
    }

    /** Kept only when LearnerRequests would take it: a renamed program, or a Word file, is refused here and now. */
    private void received(RaiseRequest.Evidence file, FieldSet field, Span error, Paragraph chosen) {
        try {
            requests.checkEvidence(file);
        } catch (InvalidInputException refusal) {
            evidence = null;
            refusedFile(refusal.getMessage(), field, error, chosen);
            return;
        }
        evidence = file;
        error.setVisible(false);
        field.removeClassName("wm-survey-fieldset-error");
        clearProblems();
        chosen.setText(getTranslation("portal.name.evidence.chosen", file.fileName()));
    }

    private void refusedFile(String message, FieldSet field, Span error, Paragraph chosen) {
        evidence = null;
        chosen.setText("");
        error.setText(message);
        error.setVisible(true);
        field.addClassName("wm-survey-fieldset-error");
        field.getChildren().filter(Upload.class::isInstance).map(Upload.class::cast).findFirst()
                .ifPresent(Upload::clearFileList);
        showProblems(List.of(new Problem(message, () -> field.getElement().executeJs("""
                const upload = this.querySelector('vaadin-upload');
                const button = upload && (upload.querySelector('[slot="add-button"]')
                        || (upload.shadowRoot && upload.shadowRoot.querySelector('vaadin-button, button')));
                (button || upload).focus();"""))));
    }

    // ---- check and send ----

    private void showCheck() {
        Div summary = summaryList();
        row(summary, "name", getTranslation("portal.name.check.name"), givenNames + " " + familyName,
                () -> showName(List.of()));
        row(summary, "legal", getTranslation("portal.name.check.legal"),
                getTranslation(legalChange ? "portal.request.yes" : "portal.request.no"), this::showLegal);
        if (legalChange) {
            row(summary, "evidence", getTranslation("portal.name.check.evidence"), evidence.fileName(),
                    () -> showEvidence(null));
        }
        checkAnswers(legalChange ? () -> showEvidence(null) : this::showLegal, summary,
                () -> send(new RecordChange.NameChange(givenNames, familyName, legalChange),
                        legalChange ? evidence : null));
    }

    @Override
    protected void refused(InvalidInputException refusal) {
        if ("evidence".equals(refusal.field()) && Boolean.TRUE.equals(legalChange)) {
            showEvidence(refusal.getMessage());
        } else {
            showName(List.of(refusal));
        }
    }

    private Map<String, String> now() {
        return inProvider(() -> changes.touched(learner().learnerId(),
                new RecordChange.NameChange(null, null, false)));
    }
}
