package app.waymark.restart.ui;

import app.waymark.base.security.Permission;
import app.waymark.restart.ActivityView;
import app.waymark.restart.Attachment;
import app.waymark.restart.MonitoringDetails;
import app.waymark.restart.MonitoringTrackers;
import app.waymark.restart.ParticipantView;
import app.waymark.restart.Participants;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AccessDeniedErrorRouter;
import jakarta.annotation.security.RolesAllowed;

import java.util.UUID;

/**
 * A monitoring tracker's compliance doubt summary, to print for DWP: the participant, which DWP form to use
 * (by benefit), the activity not completed, the DMA answer, notes and the files attached. Printed, it shows the
 * summary alone (restart-monitoring.css hides the menu, header and buttons).
 */
@Route("monitoring/:trackerId/summary")
@RolesAllowed({Permission.MONITORING_WORK, Permission.SANCTION_SET, Permission.TRACKER_EDIT,
        Permission.TRACKER_PRE_AUTHORISE, Permission.TRACKER_PROCESS})
@AccessDeniedErrorRouter
@StyleSheet("styles/restart-monitoring.css")
class MonitoringSummaryView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final MonitoringTrackers trackers;
    private final Participants participants;
    private final MonitoringTexts texts = new MonitoringTexts(this);
    private MonitoringDetails details;

    MonitoringSummaryView(MonitoringTrackers trackers, Participants participants) {
        this.trackers = trackers;
        this.participants = participants;
        setId("monitoring-summary-page");
        addClassName("wm-printable");
        setMaxWidth("50rem");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        UUID trackerId = MonitoringView.trackerId(event);
        details = trackers.details(trackerId).orElseThrow(NotFoundException::new);
        ParticipantView participant = participants.find(details.summary().participantId())
                .orElseThrow(NotFoundException::new);
        render(trackerId, participant);
        // reached from the foot of the tracker page, the layout's scroller would keep its place: start at the top
        getElement().executeJs("this.scrollIntoView({block: 'start'})");
    }

    private void render(UUID trackerId, ParticipantView participant) {
        removeAll();
        Button print = new Button(texts.get("monitoring.summary.print"),
                event -> getElement().executeJs("window.print()"));
        print.setId("summary-print");
        print.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Anchor back = new Anchor("monitoring/" + trackerId, texts.get("monitoring.summary.back",
                details.summary().reference()));
        back.setId("summary-back");
        HorizontalLayout actions = new HorizontalLayout(print, back);
        actions.setAlignItems(Alignment.BASELINE);
        actions.addClassName("wm-no-print");

        H1 title = new H1(texts.get("monitoring.summary.title", details.summary().reference()));
        title.setId("summary-title");
        Paragraph form = new Paragraph(texts.get("monitoring.summary.form", details.formName(),
                details.benefit().label()));
        form.setId("summary-form");
        form.addClassName("wm-callout");
        add(actions, title, form,
                section("summary-participant", "monitoring.summary.participant",
                        line("monitoring.summary.name", participant.fullName()),
                        line("monitoring.summary.reference", participant.reference()),
                        line("monitoring.summary.date-of-birth",
                                MonitoringTexts.date(participant.details().dateOfBirth())),
                        line("monitoring.summary.ni-number", participant.details().nationalInsuranceNumber()),
                        line("monitoring.summary.benefit", details.benefit().label())),
                activity(),
                section("summary-outcome", "monitoring.summary.outcome",
                        line("monitoring.column.status", details.current().status().label()),
                        line("monitoring.dma", MonitoringView.dmaAnswer(texts, details.current())),
                        line("monitoring.notes", details.current().notes())),
                files());
    }

    private Div activity() {
        ActivityView activity = details.activity();
        return section("summary-activity", "monitoring.page.activity",
                line("monitoring.activity.title", activity.title()),
                line("monitoring.activity.description", activity.description()),
                line("monitoring.activity.due", MonitoringTexts.date(activity.dueOn())),
                line("monitoring.activity.man-issued", activity.manIssuedOn() == null
                        ? texts.get("monitoring.activity.man-not-issued") : MonitoringTexts.date(activity.manIssuedOn())),
                line("monitoring.activity.reason", activity.notCompleteReason()),
                line("monitoring.activity.not-complete-at", MonitoringTexts.minute(details.summary().notCompleteAt())));
    }

    private Div files() {
        Div section = section("summary-files", "monitoring.page.files");
        if (details.attachments().isEmpty()) {
            section.add(new Paragraph(texts.get("monitoring.files.none")));
            return section;
        }
        UnorderedList list = new UnorderedList();
        list.setId("summary-file-list");
        for (Attachment file : details.attachments()) {
            list.add(new ListItem(texts.get("monitoring.summary.file", file.fileName(), file.kind().label(),
                    MonitoringTexts.minute(file.uploadedAt()), file.uploadedBy())));
        }
        section.add(list);
        return section;
    }

    private Div section(String id, String headingKey, Paragraph... lines) {
        Div section = new Div(new H2(texts.get(headingKey)));
        section.setId(id);
        section.addClassName("wm-summary-section");
        section.add(lines);
        return section;
    }

    private Paragraph line(String labelKey, String value) {
        Span name = new Span(texts.get(labelKey) + ": ");
        name.addClassName("wm-label");
        return new Paragraph(name, new Span(value == null || value.isBlank() ? texts.get("monitoring.none") : value));
    }

    @Override
    public String getPageTitle() {
        return details == null ? getTranslation("monitoring.list.title")
                : getTranslation("monitoring.summary.title", details.summary().reference());
    }
}
