package app.waymark.restart.ui;

import app.waymark.base.InvalidInputException;
import app.waymark.base.security.CurrentActor;
import app.waymark.base.security.Permission;
import app.waymark.base.ui.Notifications;
import app.waymark.base.ui.UkFormats;
import app.waymark.restart.MonitoringFilter;
import app.waymark.restart.MonitoringTrackers;
import app.waymark.restart.ParticipantDetails;
import app.waymark.restart.ParticipantView;
import app.waymark.restart.Participants;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

import java.time.LocalDate;
import java.util.stream.Stream;

/**
 * The participant's details (work coaches change them), "Make activity mandatory" (supervisors alone change it; a
 * change saves at once), the sanction status and, for supervisors, the form to change it.
 */
final class PersonalDetailsTab extends Composite<Div> {

    private final Participants participants;
    private final ParticipantView participant;
    private final Runnable changed;

    PersonalDetailsTab(Participants participants, MonitoringTrackers monitoring, ParticipantView participant,
                       Runnable changed) {
        this.participants = participants;
        this.participant = participant;
        this.changed = changed;
        Div content = getContent();
        content.setId("participant-personal");
        content.addClassName("wm-restart-personal");
        content.add(mandate());
        if (CurrentActor.has(Permission.SANCTION_SET)) {
            content.add(new SanctionStatusForm(participants, participant,
                    monitoring.list(MonitoringFilter.ofParticipant(participant.id()), 0, 200), changed));
        }
        content.add(CurrentActor.has(Permission.MONITORING_WORK) ? editable() : readOnly());
    }

    private Div mandate() {
        Div card = new Div();
        card.setId("participant-mandate");
        card.addClassName("wm-card");
        Checkbox mandatory = new Checkbox(getTranslation("restart.participant.mandatory"),
                participant.activityMandatory());
        mandatory.setId("participant-activity-mandatory");
        boolean supervisor = CurrentActor.has(Permission.SANCTION_SET);
        mandatory.setEnabled(supervisor);
        mandatory.setHelperText(getTranslation(supervisor ? "restart.participant.mandatory.help"
                : "restart.participant.mandatory.supervisors-only"));
        mandatory.addValueChangeListener(event -> {
            participants.setActivityMandatory(participant.id(), event.getValue());
            Notifications.success(getTranslation(event.getValue() ? "restart.participant.mandatory.set"
                    : "restart.participant.mandatory.cleared"));
            changed.run();
        });
        Paragraph sanction = LabelledValues.of(getTranslation("restart.participant.sanction-status"),
                participant.sanctionStatus().label());
        sanction.setId("participant-sanction-status");
        card.add(mandatory, sanction);
        return card;
    }

    private Div editable() {
        ParticipantForm form = new ParticipantForm(participants.workCoaches());
        form.show(participant.details(), participant.workCoachName());
        Button save = new Button(getTranslation("common.save"), event -> {
            try {
                participants.update(participant.id(), participant.version(), form.details());
                Notifications.success(getTranslation("restart.participant.saved"));
                changed.run();
            } catch (InvalidInputException e) {
                form.showError(e);
            } catch (ObjectOptimisticLockingFailureException e) {
                Notifications.error(getTranslation("restart.participant.stale"));
                changed.run();
            }
        });
        save.setId("participant-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div section = new Div(form, save);
        section.setId("participant-details");
        section.setMaxWidth("48rem");
        return section;
    }

    private Div readOnly() {
        ParticipantDetails details = participant.details();
        Div section = new Div();
        section.setId("participant-details");
        Stream.of(line("restart.participant.reference", participant.reference()),
                line("restart.participant.date-of-birth", date(details.dateOfBirth())),
                line("restart.participant.nino", details.nationalInsuranceNumber()),
                line("restart.participant.benefit", details.benefit().label()),
                line("restart.participant.referral-date", date(details.referralDate())),
                line("restart.participant.email", details.email()),
                line("restart.participant.mobile", details.mobileE164()),
                line("restart.participant.address", String.join(", ", Stream.of(details.addressLine1(),
                        details.postcode()).filter(value -> value != null && !value.isBlank()).toList())),
                line("restart.participant.work-coach", participant.workCoachName()),
                line("restart.participant.start-date", date(details.startDate())),
                line("restart.participant.end-date", date(details.endDate()))).forEach(section::add);
        return section;
    }

    private Paragraph line(String labelKey, String value) {
        return LabelledValues.of(getTranslation(labelKey), value);
    }

    private static String date(LocalDate date) {
        return date == null ? null : UkFormats.DATE.format(date);
    }

    /** "Label: value" lines; a missing value shows as "-". */
    static final class LabelledValues {

        static Paragraph of(String label, String value) {
            Span name = new Span(label + ": ");
            name.addClassName("wm-label");
            return new Paragraph(name, new Span(value == null || value.isBlank() ? "-" : value));
        }

        private LabelledValues() {
        }
    }
}
