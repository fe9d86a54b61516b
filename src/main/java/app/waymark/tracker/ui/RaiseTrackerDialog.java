package app.waymark.tracker.ui;

import app.waymark.base.InvalidInputException;
import app.waymark.base.ui.BoundedUpload;
import app.waymark.base.ui.FieldErrors;
import app.waymark.base.ui.Notifications;
import app.waymark.learner.RecordChange;
import app.waymark.security.StaffMember;
import app.waymark.security.StaffMembers;
import app.waymark.tracker.CustomRaiseRequest;
import app.waymark.tracker.CustomTrackerType;
import app.waymark.tracker.CustomTrackerTypes;
import app.waymark.tracker.RaiseRequest;
import app.waymark.tracker.TrackerService;
import app.waymark.tracker.TrackerType;
import app.waymark.tracker.TrackerTypeSetting;
import app.waymark.tracker.TrackerTypeSettings;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.data.binder.Binder;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Raising a tracker for one learner: the type (those switched on that the screens have a form for), what should
 * change ({@link ChangeForms}), how the learner told us (required for learner-led types, raised on their behalf),
 * optional evidence (PDF, JPEG or PNG up to 10 MB, bounded on the server), notes, an effective date and an optional
 * assignee. A refusal from the service is shown on the field it names.
 */
final class RaiseTrackerDialog extends Dialog {

    static final long MAX_EVIDENCE_BYTES = 10L * 1024 * 1024;

    /** The fields every type shares, while the person types. */
    static final class Draft {
        private String source = "";
        private LocalDate effectiveDate;
        private String notes = "";
        private StaffMember assignee;

        String getSource() {
            return source;
        }

        void setSource(String source) {
            this.source = source;
        }

        LocalDate getEffectiveDate() {
            return effectiveDate;
        }

        void setEffectiveDate(LocalDate effectiveDate) {
            this.effectiveDate = effectiveDate;
        }

        String getNotes() {
            return notes;
        }

        void setNotes(String notes) {
            this.notes = notes;
        }

        StaffMember getAssignee() {
            return assignee;
        }

        void setAssignee(StaffMember assignee) {
            this.assignee = assignee;
        }
    }

    /** What the type list offers: a standard type, or one of the provider's own ({@code custom} set). */
    record TypeChoice(TrackerType type, CustomTrackerType custom) {

        static TypeChoice of(TrackerType type) {
            return new TypeChoice(type, null);
        }

        static TypeChoice of(CustomTrackerType custom) {
            return new TypeChoice(TrackerType.CUSTOM, custom);
        }

        boolean learnerLed() {
            return custom == null && type.learnerLed();
        }
    }

    private final TrackerService trackers;
    private final UUID learnerId;
    private final Consumer<UUID> onRaised;
    private final Select<TypeChoice> type = new Select<>();
    private final Div changeHolder = new Div();
    private final TextField source = new TextField();
    private final DatePicker effectiveDate = new DatePicker();
    private final TextArea notes = new TextArea();
    private final ComboBox<StaffMember> assignee = new ComboBox<>();
    private final Span evidenceName = new Span();
    private final Binder<Draft> binder = new Binder<>();
    private final Map<String, HasValidation> commonFields;
    private ChangeForm<?> changeForm;
    private CustomValuesForm customForm;
    private Div evidencePart;
    private RaiseRequest.Evidence evidence;

    RaiseTrackerDialog(TrackerService trackers, TrackerTypeSettings settings, CustomTrackerTypes customTypes,
                       StaffMembers staff, UUID learnerId, String learnerLabel, Consumer<UUID> onRaised) {
        this.trackers = trackers;
        this.learnerId = learnerId;
        this.onRaised = onRaised;
        setId("raise-tracker");
        setHeaderTitle(getTranslation("tracker.raise.title"));
        setWidth("min(48rem, 100vw)");

        List<TypeChoice> types = new ArrayList<>();
        settings.all().stream().filter(TrackerTypeSetting::enabled).map(TrackerTypeSetting::type)
                .filter(ChangeForms::has).map(TypeChoice::of).forEach(types::add);
        customTypes.all().stream().filter(CustomTrackerType::enabled)
                .sorted(Comparator.comparing(CustomTrackerType::name, String.CASE_INSENSITIVE_ORDER))
                .map(TypeChoice::of).forEach(types::add);
        TrackerTexts texts = new TrackerTexts(this);
        type.setId("raise-type");
        type.setLabel(getTranslation("tracker.raise.type"));
        type.setItems(types);
        type.setItemLabelGenerator(choice -> choice.custom() != null ? choice.custom().name()
                : texts.type(choice.type()));
        type.setEmptySelectionAllowed(false);
        type.setWidthFull();
        type.addValueChangeListener(event -> typeChosen(event.getValue()));

        source.setId("raise-source");
        source.setLabel(getTranslation("tracker.raise.source"));
        source.setHelperText(getTranslation("tracker.raise.source.help"));
        source.setMaxLength(200);
        effectiveDate.setId("raise-effective-date");
        effectiveDate.setLabel(getTranslation("tracker.raise.effective-date"));
        effectiveDate.setHelperText(getTranslation("tracker.raise.effective-date.help"));
        notes.setId("raise-notes");
        notes.setLabel(getTranslation("tracker.raise.notes"));
        notes.setMaxLength(2000);
        assignee.setId("raise-assignee");
        assignee.setLabel(getTranslation("tracker.raise.assignee"));
        assignee.setItems(Assignees.candidates(staff));
        assignee.setItemLabelGenerator(StaffMember::displayName);
        assignee.setClearButtonVisible(true);
        assignee.setPlaceholder(getTranslation("tracker.unassigned"));

        binder.forField(source).withValidator(value -> !sourceRequired() || !value.isBlank(),
                getTranslation("tracker.raise.source.required")).bind(Draft::getSource, Draft::setSource);
        binder.forField(effectiveDate).bind(Draft::getEffectiveDate, Draft::setEffectiveDate);
        binder.forField(notes).bind(Draft::getNotes, Draft::setNotes);
        binder.forField(assignee).bind(Draft::getAssignee, Draft::setAssignee);
        binder.setBean(new Draft());
        commonFields = Map.of("source", source, "effectiveDate", effectiveDate, "notes", notes, "assignee", assignee,
                "type", type);

        FormLayout common = new FormLayout(source, effectiveDate, notes, assignee);
        common.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30rem", 2));
        common.setColspan(notes, 2);

        add(new Paragraph(getTranslation("tracker.raise.for", learnerLabel)));
        if (types.isEmpty()) {
            add(new Paragraph(getTranslation("tracker.raise.no-types")));
        }
        evidencePart = evidenceSection();
        add(type, changeHolder, common, evidencePart);

        Button raise = new Button(getTranslation("tracker.raise.submit"), event -> raise());
        raise.setId("raise-submit");
        raise.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        raise.setEnabled(!types.isEmpty());
        Button cancel = new Button(getTranslation("common.cancel"), event -> close());
        cancel.setId("raise-cancel");
        getFooter().add(cancel, raise);
        if (!types.isEmpty()) {
            type.setValue(types.getFirst());
        }
    }

    private Div evidenceSection() {
        String tooLarge = getTranslation("tracker.raise.evidence.too-large",
                BoundedUpload.describe(MAX_EVIDENCE_BYTES));
        Upload upload = new Upload(BoundedUpload.inMemory(MAX_EVIDENCE_BYTES, tooLarge, (metadata, bytes) -> {
            evidence = new RaiseRequest.Evidence(metadata.fileName(), metadata.contentType(), bytes);
            evidenceName.setText(getTranslation("tracker.raise.evidence.attached", metadata.fileName()));
        }, Notifications::error));
        upload.setId("raise-evidence");
        upload.setI18n(new UploadI18N().setError(new UploadI18N.Error().setFileIsTooBig(tooLarge)));
        upload.setAcceptedFileTypes("application/pdf", "image/jpeg", "image/png", ".pdf", ".jpg", ".jpeg", ".png");
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) MAX_EVIDENCE_BYTES);
        upload.addFileRejectedListener(event -> Notifications.error(getTranslation("tracker.raise.evidence.rejected",
                event.getFileName(), event.getErrorMessage())));
        upload.addFileRemovedListener(event -> {
            evidence = null;
            evidenceName.setText("");
        });
        evidenceName.setId("raise-evidence-name");
        Span label = new Span(getTranslation("tracker.raise.evidence"));
        label.addClassName("wm-label");
        Div section = new Div(label, new Paragraph(getTranslation("tracker.raise.evidence.help")), upload,
                evidenceName);
        section.addClassName("wm-tracker-evidence");
        return section;
    }

    private void typeChosen(TypeChoice chosen) {
        changeHolder.removeAll();
        boolean custom = chosen != null && chosen.custom() != null;
        customForm = custom ? new CustomValuesForm(chosen.custom()) : null;
        changeForm = chosen == null || custom ? null : ChangeForms.forType(chosen.type()).orElse(null);
        if (changeForm != null) {
            changeHolder.add(changeForm);
        }
        if (customForm != null) {
            changeHolder.add(customForm);
        }
        // The provider's own types take their fields, notes and an assignee only.
        effectiveDate.setVisible(!custom);
        evidencePart.setVisible(!custom);
        source.setVisible(chosen != null && chosen.learnerLed());
        source.setRequiredIndicatorVisible(sourceRequired());
        source.setInvalid(false);
    }

    private boolean sourceRequired() {
        return type.getValue() != null && type.getValue().learnerLed();
    }

    private void raise() {
        if (customForm != null) {
            raiseCustom();
            return;
        }
        if (changeForm == null) {
            FieldErrors.show(type, getTranslation("tracker.raise.type.required"));
            return;
        }
        Optional<? extends RecordChange> change = changeForm.read();
        boolean commonValid = binder.validate().isOk();
        if (change.isEmpty() || !commonValid) {
            return;
        }
        Draft draft = binder.getBean();
        RaiseRequest request = new RaiseRequest(type.getValue().type(), learnerId, change.get(), draft.getEffectiveDate(),
                draft.getNotes(), sourceRequired() ? draft.getSource() : null, evidence,
                draft.getAssignee() == null ? null : draft.getAssignee().id());
        try {
            UUID raised = trackers.raise(request);
            close();
            onRaised.accept(raised);
        } catch (InvalidInputException refusal) {
            showRefusal(refusal);
        }
    }

    private void raiseCustom() {
        Optional<Map<String, String>> values = customForm.read();
        boolean commonValid = binder.validate().isOk();
        if (values.isEmpty() || !commonValid) {
            return;
        }
        Draft draft = binder.getBean();
        try {
            UUID raised = trackers.raiseCustom(new CustomRaiseRequest(customForm.type().id(), learnerId, values.get(),
                    draft.getNotes(), draft.getAssignee() == null ? null : draft.getAssignee().id()));
            close();
            onRaised.accept(raised);
        } catch (InvalidInputException refusal) {
            if (!customForm.show(refusal)) {
                showRefusal(refusal);
            }
        }
    }

    /** On its field when the dialog has it (the change's own fields first), else as a notification. */
    private void showRefusal(InvalidInputException refusal) {
        if (changeForm != null && changeForm.show(refusal)) {
            return;
        }
        HasValidation field = refusal.field() == null ? null : commonFields.get(refusal.field());
        if (field != null) {
            FieldErrors.show(field, refusal.getMessage());
        } else if ("evidence".equals(refusal.field())) {
            evidenceName.setText(refusal.getMessage());
            Notifications.error(refusal.getMessage());
        } else {
            Notifications.error(refusal.getMessage());
        }
    }
}
