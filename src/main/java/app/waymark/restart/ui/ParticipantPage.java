package app.waymark.restart.ui;

import app.waymark.base.security.Permission;
import app.waymark.base.ui.Notifications;
import app.waymark.restart.ActionPlans;
import app.waymark.restart.MonitoringFilter;
import app.waymark.restart.MonitoringTrackers;
import app.waymark.restart.ParticipantView;
import app.waymark.restart.Participants;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AccessDeniedErrorRouter;
import jakarta.annotation.security.RolesAllowed;

import java.time.Clock;
import java.util.UUID;

/**
 * One DWP Restart participant: personal details (with the mandate flag and sanction status), action plan, monitoring
 * trackers and sanction history. After every change the page reloads on the same tab and says when the change
 * raised a monitoring tracker.
 */
@Route("participants/:participantId")
@RolesAllowed({Permission.MONITORING_WORK, Permission.SANCTION_SET, Permission.TRACKER_EDIT,
        Permission.TRACKER_PRE_AUTHORISE, Permission.TRACKER_PROCESS})
@AccessDeniedErrorRouter
class ParticipantPage extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final Participants participants;
    private final ActionPlans plans;
    private final MonitoringTrackers monitoring;
    private final Clock clock;
    private UUID participantId;
    private ParticipantView participant;
    private long trackerCount;
    private TabSheet tabs;

    ParticipantPage(Participants participants, ActionPlans plans, MonitoringTrackers monitoring, Clock clock) {
        this.participants = participants;
        this.plans = plans;
        this.monitoring = monitoring;
        this.clock = clock;
        setId("participant");
        setMaxWidth("80rem");
    }

    static String route(UUID participantId) {
        return ParticipantListView.ROUTE + "/" + participantId;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            participantId = UUID.fromString(event.getRouteParameters().get("participantId").orElse(""));
        } catch (IllegalArgumentException e) {
            throw new NotFoundException();
        }
        participant = participants.find(participantId).orElseThrow(NotFoundException::new);
        trackerCount = trackerCount();
        render(0);
    }

    /**
     * Shows the participant as they are now, on the tab the person was on; says so when the change just made raised
     * a monitoring tracker (the count of the participant's trackers grew).
     */
    void changed() {
        participant = participants.find(participantId).orElseThrow(NotFoundException::new);
        long now = trackerCount();
        if (now > trackerCount) {
            Notifications.success(getTranslation("restart.participant.tracker-raised"));
        }
        trackerCount = now;
        render(tabs == null ? 0 : tabs.getSelectedIndex());
    }

    private long trackerCount() {
        return monitoring.count(MonitoringFilter.ofParticipant(participantId));
    }

    private void render(int selectedTab) {
        removeAll();
        H1 name = new H1(participant.fullName());
        name.setId("participant-name");
        HorizontalLayout header = new HorizontalLayout(name, SanctionBadge.of(participant.sanctionStatus()));
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        header.setWrap(true);
        Paragraph subtitle = new Paragraph(getTranslation("restart.participant.subtitle", participant.reference(),
                participant.details().nationalInsuranceNumber(), participant.details().benefit().label(),
                participant.workCoachName() == null ? getTranslation("restart.participant.no-coach")
                        : participant.workCoachName()));
        subtitle.setId("participant-subtitle");
        tabs = new TabSheet();
        tabs.setId("participant-tabs");
        tabs.setWidthFull();
        tabs.add(getTranslation("restart.participant.tab.personal"),
                new PersonalDetailsTab(participants, monitoring, participant, this::changed));
        tabs.add(getTranslation("restart.participant.tab.action-plan"),
                new ActionPlanTab(plans, participant, clock, this::changed));
        Tab trackers = tabs.add(getTranslation("restart.participant.tab.trackers", trackerCount),
                new ParticipantTrackersTab(monitoring, participantId));
        trackers.setId("participant-tab-trackers");
        tabs.add(getTranslation("restart.participant.tab.sanctions"),
                new SanctionsTab(participants.sanctionHistory(participantId)));
        tabs.setSelectedIndex(selectedTab);
        add(header, subtitle, tabs);
    }

    @Override
    public String getPageTitle() {
        return participant == null ? getTranslation("restart.participants.title") : participant.fullName();
    }

    /** The sanction status as a badge: red under sanction, blue while a decision is pending, green when none. */
    static final class SanctionBadge {

        static Span of(app.waymark.restart.SanctionStatus status) {
            Span badge = new Span(status.label());
            badge.setId("participant-sanction-badge");
            badge.addClassName("wm-tracker-status");
            switch (status) {
                case UNDER_SANCTION_FAILURE_TO_ATTEND, UNDER_SANCTION_FAILURE_TO_COMPLY ->
                        badge.addClassName("wm-tracker-status-rejected");
                case PENDING_FAILURE_TO_ATTEND, PENDING_FAILURE_TO_COMPLY ->
                        badge.addClassName("wm-tracker-status-pre_authorised");
                case NOT_UNDER_SANCTION -> badge.addClassName("wm-tracker-status-processed");
            }
            return badge;
        }

        private SanctionBadge() {
        }
    }
}
