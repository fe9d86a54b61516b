package app.waymark.restart.ui;

import app.waymark.base.InvalidInputException;
import app.waymark.base.ui.FieldErrors;
import app.waymark.base.ui.Notifications;
import app.waymark.restart.Benefit;
import app.waymark.restart.ParticipantDetails;
import app.waymark.security.StaffMember;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * A participant's details as staff type them, for adding one and for changing one. The service checks them; what it
 * refuses is shown on the field it names.
 */
final class ParticipantForm extends Composite<FormLayout> {

    /** What the fields hold while the person types. */
    static final class Draft {
        String givenNames = "";
        String familyName = "";
        LocalDate dateOfBirth;
        String nationalInsuranceNumber = "";
        Benefit benefit;
        LocalDate referralDate;
        String email = "";
        String mobile = "";
        String addressLine1 = "";
        String postcode = "";
        StaffMember workCoach;
        LocalDate startDate;
        LocalDate endDate;
    }

    private final Binder<Draft> binder = new Binder<>();
    private final List<StaffMember> coaches;
    private final ComboBox<StaffMember> workCoach = new ComboBox<>();
    private final Map<String, HasValidation> fieldsByServiceName;

    ParticipantForm(List<StaffMember> coaches) {
        this.coaches = new ArrayList<>(coaches);
        FormLayout form = getContent();
        form.setId("participant-form");
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32rem", 2));

        TextField givenNames = text("restart.participant.given-names", "participant-given-names", 100);
        TextField familyName = text("restart.participant.family-name", "participant-family-name", 100);
        DatePicker dateOfBirth = date("restart.participant.date-of-birth", "participant-date-of-birth");
        TextField nino = text("restart.participant.nino", "participant-nino", 13);
        nino.setHelperText(getTranslation("restart.participant.nino.help"));
        // Radio buttons rather than a Select: Vaadin's Select puts aria-required on a button role (axe-core fails it).
        RadioButtonGroup<Benefit> benefit = new RadioButtonGroup<>(getTranslation("restart.participant.benefit"));
        benefit.setId("participant-benefit");
        benefit.setItems(Benefit.values());
        benefit.setItemLabelGenerator(Benefit::label);
        DatePicker referralDate = date("restart.participant.referral-date", "participant-referral-date");
        EmailField email = new EmailField(getTranslation("restart.participant.email"));
        email.setId("participant-email");
        TextField mobile = text("restart.participant.mobile", "participant-mobile", 20);
        mobile.setHelperText(getTranslation("restart.participant.contact.help"));
        TextField addressLine1 = text("restart.participant.address-line1", "participant-address-line1", 200);
        TextField postcode = text("restart.participant.postcode", "participant-postcode", 10);
        workCoach.setLabel(getTranslation("restart.participant.work-coach"));
        workCoach.setId("participant-work-coach");
        workCoach.setItems(this.coaches);
        workCoach.setItemLabelGenerator(StaffMember::displayName);
        workCoach.setClearButtonVisible(true);
        DatePicker startDate = date("restart.participant.start-date", "participant-start-date");
        DatePicker endDate = date("restart.participant.end-date", "participant-end-date");
        for (HasValidation required : List.of(givenNames, familyName, dateOfBirth, nino, referralDate)) {
            ((com.vaadin.flow.component.HasValue<?, ?>) required).setRequiredIndicatorVisible(true);
        }
        benefit.setRequiredIndicatorVisible(true);

        binder.forField(givenNames).bind(d -> d.givenNames, (d, v) -> d.givenNames = v);
        binder.forField(familyName).bind(d -> d.familyName, (d, v) -> d.familyName = v);
        binder.forField(dateOfBirth).bind(d -> d.dateOfBirth, (d, v) -> d.dateOfBirth = v);
        binder.forField(nino).bind(d -> d.nationalInsuranceNumber, (d, v) -> d.nationalInsuranceNumber = v);
        binder.forField(benefit).bind(d -> d.benefit, (d, v) -> d.benefit = v);
        binder.forField(referralDate).bind(d -> d.referralDate, (d, v) -> d.referralDate = v);
        binder.forField(email).bind(d -> d.email, (d, v) -> d.email = v);
        binder.forField(mobile).bind(d -> d.mobile, (d, v) -> d.mobile = v);
        binder.forField(addressLine1).bind(d -> d.addressLine1, (d, v) -> d.addressLine1 = v);
        binder.forField(postcode).bind(d -> d.postcode, (d, v) -> d.postcode = v);
        binder.forField(workCoach).bind(d -> d.workCoach, (d, v) -> d.workCoach = v);
        binder.forField(startDate).bind(d -> d.startDate, (d, v) -> d.startDate = v);
        binder.forField(endDate).bind(d -> d.endDate, (d, v) -> d.endDate = v);
        binder.setBean(new Draft());

        fieldsByServiceName = Map.ofEntries(Map.entry("givenNames", givenNames),
                Map.entry("familyName", familyName), Map.entry("dateOfBirth", dateOfBirth),
                Map.entry("nationalInsuranceNumber", nino), Map.entry("benefit", benefit),
                Map.entry("referralDate", referralDate), Map.entry("email", email), Map.entry("mobile", mobile),
                Map.entry("addressLine1", addressLine1), Map.entry("postcode", postcode),
                Map.entry("workCoach", workCoach), Map.entry("startDate", startDate), Map.entry("endDate", endDate));
        form.add(givenNames, familyName, dateOfBirth, nino, benefit, referralDate, email, mobile, addressLine1,
                postcode, startDate, endDate, workCoach);
    }

    /** Fills the form with a participant's details as they are now; {@code coachName} names a coach not listed. */
    void show(ParticipantDetails details, String coachName) {
        Draft draft = new Draft();
        draft.givenNames = details.givenNames();
        draft.familyName = details.familyName();
        draft.dateOfBirth = details.dateOfBirth();
        draft.nationalInsuranceNumber = details.nationalInsuranceNumber();
        draft.benefit = details.benefit();
        draft.referralDate = details.referralDate();
        draft.email = Objects.toString(details.email(), "");
        draft.mobile = Objects.toString(details.mobileE164(), "");
        draft.addressLine1 = Objects.toString(details.addressLine1(), "");
        draft.postcode = Objects.toString(details.postcode(), "");
        draft.workCoach = coach(details.workCoachId(), coachName);
        draft.startDate = details.startDate();
        draft.endDate = details.endDate();
        binder.setBean(draft);
    }

    /** Proposes a work coach for a new participant. */
    void proposeCoach(UUID coachId) {
        coaches.stream().filter(member -> member.id().equals(coachId)).findFirst().ifPresent(workCoach::setValue);
    }

    /** The details as typed; clears the errors shown from the previous try. */
    ParticipantDetails details() {
        binder.validate();
        Draft d = binder.getBean();
        return new ParticipantDetails(d.givenNames, d.familyName, d.dateOfBirth, d.nationalInsuranceNumber,
                d.benefit, d.referralDate, d.email, d.mobile, d.addressLine1, d.postcode,
                d.workCoach == null ? null : d.workCoach.id(), d.startDate, d.endDate);
    }

    /** Shows the service's refusal on the field it names, or in a notification when it names none of these. */
    void showError(InvalidInputException refusal) {
        HasValidation field = fieldsByServiceName.get(refusal.field());
        if (field == null) {
            Notifications.error(refusal.getMessage());
        } else {
            FieldErrors.show(field, refusal.getMessage());
        }
    }

    private StaffMember coach(UUID coachId, String coachName) {
        if (coachId == null) {
            return null;
        }
        return coaches.stream().filter(member -> member.id().equals(coachId)).findFirst().orElseGet(() -> {
            StaffMember former = new StaffMember(coachId, coachName == null ? coachId.toString() : coachName);
            coaches.add(former);
            workCoach.setItems(coaches);
            return former;
        });
    }

    private TextField text(String labelKey, String id, int maxLength) {
        TextField field = new TextField(getTranslation(labelKey));
        field.setId(id);
        field.setMaxLength(maxLength);
        return field;
    }

    private DatePicker date(String labelKey, String id) {
        DatePicker picker = new DatePicker(getTranslation(labelKey));
        picker.setId(id);
        return picker;
    }
}
