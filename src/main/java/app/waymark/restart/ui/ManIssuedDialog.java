package app.waymark.restart.ui;

import app.waymark.base.InvalidInputException;
import app.waymark.base.ui.FieldErrors;
import app.waymark.base.ui.Notifications;
import app.waymark.base.ui.UkFormats;
import app.waymark.restart.ActionPlans;
import app.waymark.restart.ActivityView;
import app.waymark.notification.MessageChannel;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.data.binder.Binder;

import java.time.LocalDate;

/** Records the date a mandatory activity's Mandatory Activity Notification (MAN) was issued; today unless changed. */
final class ManIssuedDialog extends Dialog {

    /** What the field holds while the work coach chooses. */
    static final class Draft {
        LocalDate issuedOn;
    }

    ManIssuedDialog(ActionPlans plans, ActivityView activity, LocalDate today, ActionPlanTab.Guard guarded) {
        setId("man-dialog");
        setHeaderTitle(getTranslation("restart.plan.man.title", activity.title()));
        setWidth("min(32rem, 100vw)");
        DatePicker issuedOn = new DatePicker(getTranslation("restart.plan.man.date"));
        issuedOn.setId("man-date");
        issuedOn.setMax(today);
        Binder<Draft> binder = new Binder<>();
        binder.forField(issuedOn).asRequired(getTranslation("restart.plan.man.date.required"))
                .bind(d -> d.issuedOn, (d, v) -> d.issuedOn = v);
        Draft draft = new Draft();
        draft.issuedOn = activity.manIssuedOn() == null ? today : activity.manIssuedOn();
        binder.setBean(draft);
        Button byEmail = send(plans, activity, guarded, MessageChannel.EMAIL, "man-send-email");
        Button bySms = send(plans, activity, guarded, MessageChannel.SMS, "man-send-sms");
        HorizontalLayout sending = new HorizontalLayout(byEmail, bySms);
        add(new Paragraph(getTranslation("restart.plan.man.send.intro")), sending,
                new Paragraph(getTranslation("restart.plan.man.intro")), issuedOn);
        Button save = new Button(getTranslation("common.save"), event -> {
            if (!binder.validate().isOk()) {
                return;
            }
            LocalDate date = binder.getBean().issuedOn;
            try {
                boolean applied = guarded.applied(() -> plans.manIssued(activity.id(), activity.version(), date));
                close();
                if (applied) {
                    Notifications.success(getTranslation("restart.plan.man.saved", activity.title(),
                            UkFormats.DATE.format(date)));
                }
            } catch (InvalidInputException e) {
                FieldErrors.show(issuedOn, e.getMessage());
            }
        });
        save.setId("man-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("common.cancel"), event -> close());
        getFooter().add(cancel, save);
    }

    /** Sends the notification now through the outbox; the service records it as issued today. */
    private Button send(ActionPlans plans, ActivityView activity, ActionPlanTab.Guard guarded, MessageChannel channel,
                        String id) {
        Button button = new Button(getTranslation("restart.plan.man.send." + channel.name().toLowerCase()), event -> {
            try {
                boolean applied = guarded.applied(() -> plans.issueMan(activity.id(), activity.version(), channel));
                close();
                if (applied) {
                    Notifications.success(getTranslation("restart.plan.man.sent", activity.title()));
                }
            } catch (InvalidInputException e) {
                Notifications.error(e.getMessage());
            }
        });
        button.setId(id);
        return button;
    }
}
