package app.waymark.restart.ui;

import app.waymark.base.InvalidInputException;
import app.waymark.base.security.CurrentActor;
import app.waymark.base.security.Permission;
import app.waymark.base.ui.Notifications;
import app.waymark.base.ui.UkFormats;
import app.waymark.restart.ActionPlans;
import app.waymark.restart.ActivityView;
import app.waymark.restart.ParticipantView;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * The participant's action plan: activities by due date, a warning on every mandatory activity whose Mandatory
 * Activity Notification was not issued, and (for work coaches) adding activities, recording outcomes and the MAN.
 */
final class ActionPlanTab extends Composite<VerticalLayout> {

    /** A change to an activity a dialog asks for. */
    interface Change {
        void apply();
    }

    /** Applies a dialog's change: false when someone else's change came first (already said). */
    interface Guard {
        boolean applied(Change change);
    }

    private final ActionPlans plans;
    private final ParticipantView participant;
    private final Clock clock;
    private final Runnable changed;

    ActionPlanTab(ActionPlans plans, ParticipantView participant, Clock clock, Runnable changed) {
        this.plans = plans;
        this.participant = participant;
        this.clock = clock;
        this.changed = changed;
        VerticalLayout content = getContent();
        content.setId("participant-action-plan");
        content.setPadding(false);
        boolean coach = CurrentActor.has(Permission.MONITORING_WORK);
        List<ActivityView> activities = plans.of(participant.id());

        Grid<ActivityView> grid = new Grid<>();
        grid.setId("activity-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(ActivityView::title).setHeader(getTranslation("restart.plan.title")).setKey("title")
                .setWidth("9rem").setFlexGrow(3);
        grid.addColumn(activity -> UkFormats.DATE.format(activity.dueOn()))
                .setHeader(getTranslation("restart.plan.due")).setKey("due").setWidth("7rem").setFlexGrow(0);
        grid.addColumn(activity -> activity.ownerName() == null ? "" : activity.ownerName())
                .setHeader(getTranslation("restart.plan.owner")).setKey("owner").setWidth("6rem").setFlexGrow(1);
        grid.addColumn(activity -> getTranslation(activity.mandatory() ? "common.yes" : "common.no"))
                .setHeader(getTranslation("restart.plan.mandatory")).setKey("mandatory").setWidth("7rem")
                .setFlexGrow(0);
        grid.addComponentColumn(this::manIssued).setHeader(getTranslation("restart.plan.man-issued"))
                .setKey("manIssued").setWidth("10rem").setFlexGrow(0);
        grid.addColumn(activity -> activity.status().label()).setHeader(getTranslation("restart.plan.status"))
                .setKey("status").setWidth("7.5rem").setFlexGrow(0);
        grid.addColumn(activity -> activity.notCompleteReason() == null ? "" : activity.notCompleteReason())
                .setHeader(getTranslation("restart.plan.reason")).setKey("reason").setWidth("7rem")
                .setFlexGrow(2);
        if (coach) {
            grid.addComponentColumn(this::actions).setKey("actions").setWidth("9rem").setFlexGrow(0);
        }
        grid.setItems(activities);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("restart.plan.none"));

        long missing = activities.stream().filter(ActivityView::manMissing).count();
        HorizontalLayout actions = new HorizontalLayout();
        if (coach) {
            Button add = new Button(getTranslation("restart.plan.add"), VaadinIcon.PLUS.create(), event ->
                    ActivityDialog.adding(plans, participant, this::guarded).open());
            add.setId("add-activity");
            add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            actions.add(add);
        }
        content.add(actions);
        if (missing > 0) {
            HorizontalLayout warning = new HorizontalLayout(VaadinIcon.WARNING.create(),
                    new Span(getTranslation("restart.plan.man-missing", missing)));
            warning.setId("activity-man-warning");
            warning.addClassName("wm-callout");
            warning.setAlignItems(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.CENTER);
            warning.setSpacing(true);
            content.add(warning);
        }
        content.add(grid);
    }

    private Component manIssued(ActivityView activity) {
        if (activity.manIssuedOn() != null) {
            return new Span(UkFormats.DATE.format(activity.manIssuedOn()));
        }
        if (!activity.manMissing()) {
            return new Span();
        }
        com.vaadin.flow.component.icon.Icon icon = VaadinIcon.WARNING.create();
        icon.setSize("var(--lumo-icon-size-s)");
        icon.getStyle().set("margin-right", "0.25em");
        Span badge = new Span(icon, new Span(getTranslation("restart.plan.man-not-issued")));
        badge.addClassNames("wm-tracker-status", "wm-tracker-status-rejected", "wm-man-missing");
        badge.getStyle().set("font-size", "var(--lumo-font-size-s)");
        return badge;
    }

    private Component actions(ActivityView activity) {
        Button outcome = iconButton(VaadinIcon.CHECK_SQUARE_O, getTranslation("restart.plan.record-outcome"));
        outcome.addClickListener(event -> new OutcomeDialog(plans, activity, this::guarded).open());
        outcome.setId("activity-outcome-" + activity.id());
        Button change = iconButton(VaadinIcon.EDIT, getTranslation("restart.plan.change.action"));
        change.addClickListener(event -> ActivityDialog.changing(plans, participant, activity, this::guarded).open());
        change.setId("activity-change-" + activity.id());
        HorizontalLayout buttons = new HorizontalLayout(change, outcome);
        buttons.setSpacing(false);
        buttons.addClassName("wm-activity-actions");
        if (activity.mandatory()) {
            Button man = iconButton(VaadinIcon.ENVELOPE_O, getTranslation("restart.plan.man-issued.action"));
            man.addClickListener(event -> new ManIssuedDialog(plans, activity,
                    LocalDate.now(clock.withZone(UkFormats.UK)), this::guarded).open());
            man.setId("activity-man-" + activity.id());
            buttons.add(man);
        }
        return buttons;
    }

    /** A row's action as an icon, named for screen readers and in a tooltip: the plan's columns need the width. */
    private static Button iconButton(VaadinIcon icon, String name) {
        Button button = new Button(icon.create());
        button.addThemeVariants(ButtonVariant.LUMO_ICON, ButtonVariant.LUMO_TERTIARY);
        button.setAriaLabel(name);
        button.setTooltipText(name);
        return button;
    }

    /**
     * Applies a dialog's change and shows the participant as they are now. Someone else's change made meanwhile is
     * said and the plan reloads; an {@link InvalidInputException} goes back to the dialog.
     */
    private boolean guarded(Change change) {
        boolean applied = true;
        try {
            change.apply();
        } catch (ObjectOptimisticLockingFailureException e) {
            Notifications.error(getTranslation("restart.plan.stale"));
            applied = false;
        }
        changed.run();
        return applied;
    }
}
