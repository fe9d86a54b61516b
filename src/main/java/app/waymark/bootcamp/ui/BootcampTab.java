package app.waymark.bootcamp.ui;

import app.waymark.base.ui.LearnerPageTab;
import app.waymark.bootcamp.BootcampEvents;
import app.waymark.bootcamp.BootcampHours;
import app.waymark.bootcamp.BootcampOverview;
import app.waymark.bootcamp.BootcampProgramme;
import app.waymark.bootcamp.EventAim;
import app.waymark.bootcamp.MilestoneVerdict;
import app.waymark.bootcamp.RuleBreach;
import app.waymark.bootcamp.Verdict;
import app.waymark.learner.LearnerRecord;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.server.VaadinService;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The Bootcamp tab of the learner page: for each Skills Bootcamp programme, a timeline of its aims as imported
 * (dates, CompStatus, Outcome, event aims and EVI FAMs) and the three milestone verdicts, with the rule and the fix
 * for each blocked one (issue 15).
 */
@org.springframework.stereotype.Component
class BootcampTab implements LearnerPageTab {

    private final BootcampOverview overview;
    private final BootcampEvents events;
    private final BootcampHours hours;
    private final Clock clock;

    BootcampTab(BootcampOverview overview, BootcampEvents events, BootcampHours hours, Clock clock) {
        this.overview = overview;
        this.events = events;
        this.hours = hours;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public String titleKey() {
        return "bootcamps.tab.title";
    }

    @Override
    public Component create(UUID learnerId) {
        BootcampTexts texts = new BootcampTexts(VaadinService.getCurrent().getInstantiator().getI18NProvider());
        VerticalLayout tab = new VerticalLayout();
        tab.setId("learner-bootcamp");
        tab.setPadding(false);
        fill(tab, texts, learnerId);
        return tab;
    }

    /** The tab's content, judged now: shown again when hours change, since they can change the start verdict. */
    private void fill(VerticalLayout tab, BootcampTexts texts, UUID learnerId) {
        tab.removeAll();
        List<BootcampOverview.LearnerProgramme> programmes = overview.forLearner(learnerId);
        if (programmes.isEmpty()) {
            tab.add(new Paragraph(texts.text("bootcamps.tab.none")));
            return;
        }
        for (BootcampOverview.LearnerProgramme programme : programmes) {
            tab.add(programme(texts, programme));
        }
        tab.add(new HoursSection(hours, learnerId, texts, () -> fill(tab, texts, learnerId)));
        tab.add(new EventsSection(events, learnerId, texts, clock));
    }

    private static Component programme(BootcampTexts texts, BootcampOverview.LearnerProgramme learner) {
        VerticalLayout section = new VerticalLayout();
        section.setPadding(false);
        section.addClassName("bootcamp-programme");
        section.add(new H3(texts.text("bootcamps.tab.programme", BootcampTexts.date(learner.evaluation()
                .programmeStart()), learner.contract().year().label())));
        section.add(new Paragraph(texts.text("bootcamps.tab.rules." + learner.evaluation().rules().name())
                + " " + texts.text(learner.contract().stored() ? "bootcamps.tab.contract.entered"
                : "bootcamps.tab.contract.default", learner.contract().year().label())));

        Grid<MilestoneVerdict> verdicts = new Grid<>();
        verdicts.addClassName("bootcamp-verdicts");
        verdicts.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        verdicts.addColumn(v -> v.milestone().code() + " " + v.definition().name())
                .setHeader(texts.text("bootcamps.page.milestone")).setAutoWidth(true).setFlexGrow(0);
        verdicts.addComponentColumn(v -> badge(texts, v.verdict())).setHeader(texts.text("bootcamps.tab.verdict"))
                .setAutoWidth(true).setFlexGrow(0);
        verdicts.addColumn(texts::detail).setHeader(texts.text("bootcamps.tab.detail")).setFlexGrow(3);
        verdicts.addColumn(v -> BootcampTexts.money(v.value())).setHeader(texts.text("bootcamps.tab.value"))
                .setAutoWidth(true).setFlexGrow(0);
        verdicts.setItems(learner.evaluation().milestones());
        verdicts.setAllRowsVisible(true);
        Paragraph counted = new Paragraph(texts.text("bootcamps.tab.hours-counted",
                BootcampTexts.hours(learner.evaluation().guidedHours()),
                learner.contract().terms().qualifyingHours(), learner.contract().terms().qualifyingDays()));
        counted.addClassName("bootcamp-hours-counted");
        section.add(new H4(texts.text("bootcamps.tab.milestones")), verdicts, counted);

        List<RuleBreach> blocking = learner.evaluation().milestones().stream()
                .filter(v -> v.verdict() == Verdict.BLOCKED).flatMap(v -> v.blockers().stream()).distinct()
                .toList();
        if (!blocking.isEmpty()) {
            Grid<RuleBreach> fixes = new Grid<>();
            fixes.addClassName("bootcamp-fixes");
            fixes.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
            fixes.addColumn(breach -> texts.rule(breach.rule())).setHeader(texts.text("bootcamps.page.rule"))
                    .setFlexGrow(1);
            fixes.addColumn(breach -> texts.text(breach.why())).setHeader(texts.text("bootcamps.page.why"))
                    .setFlexGrow(3);
            fixes.addColumn(breach -> texts.text(breach.fix())).setHeader(texts.text("bootcamps.page.fix"))
                    .setFlexGrow(3);
            fixes.setItems(blocking);
            fixes.setAllRowsVisible(true);
            section.add(new H4(texts.text("bootcamps.tab.fixes")), fixes);
        }

        Grid<LearnerRecord.Aim> timeline = new Grid<>();
        timeline.addClassName("bootcamp-timeline");
        timeline.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        timeline.addColumn(aim -> aim.aimSeqNumber() + " " + aim.learnAimRef())
                .setHeader(texts.text("bootcamps.tab.aim")).setAutoWidth(true).setFlexGrow(0);
        timeline.addColumn(aim -> kind(texts, aim)).setHeader(texts.text("bootcamps.tab.kind")).setFlexGrow(2);
        timeline.addColumn(aim -> BootcampTexts.date(aim.learnStartDate()))
                .setHeader(texts.text("bootcamps.tab.start")).setAutoWidth(true);
        timeline.addColumn(aim -> BootcampTexts.date(aim.learnPlanEndDate()))
                .setHeader(texts.text("bootcamps.tab.planned-end")).setAutoWidth(true);
        timeline.addColumn(aim -> BootcampTexts.date(aim.learnActEndDate()))
                .setHeader(texts.text("bootcamps.tab.actual-end")).setAutoWidth(true);
        timeline.addColumn(aim -> BootcampTexts.date(aim.achDate()))
                .setHeader(texts.text("bootcamps.tab.achieved")).setAutoWidth(true);
        timeline.addColumn(aim -> Integer.toString(aim.compStatus()))
                .setHeader(texts.text("bootcamps.tab.comp-status")).setAutoWidth(true).setFlexGrow(0);
        timeline.addColumn(aim -> aim.outcome() == null ? "" : aim.outcome().toString())
                .setHeader(texts.text("bootcamps.tab.outcome")).setAutoWidth(true).setFlexGrow(0);
        timeline.addColumn(aim -> evi(texts, aim)).setHeader(texts.text("bootcamps.tab.evi")).setFlexGrow(1);
        timeline.setItems(learner.programme().aims().stream()
                .sorted(Comparator.comparing(LearnerRecord.Aim::learnStartDate,
                        Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparingInt(LearnerRecord.Aim::aimSeqNumber)).toList());
        timeline.setAllRowsVisible(true);
        section.add(new H4(texts.text("bootcamps.tab.timeline")), timeline);
        return section;
    }

    private static Span badge(BootcampTexts texts, Verdict verdict) {
        Span badge = new Span(texts.verdict(verdict));
        badge.addClassName("wm-tracker-status");
        badge.addClassName(switch (verdict) {
            case EVIDENCED -> "wm-tracker-status-processed";
            case BLOCKED -> "wm-tracker-status-rejected";
            case NOT_YET_DUE -> "wm-tracker-status-pre_authorised";
        });
        badge.addClassName("bootcamp-verdict-" + verdict.name().toLowerCase());
        return badge;
    }

    private static String kind(BootcampTexts texts, LearnerRecord.Aim aim) {
        if (BootcampProgramme.PROGRAMME_AIM.equals(aim.learnAimRef())) {
            return texts.text("bootcamps.tab.kind.programme");
        }
        return EventAim.of(aim.learnAimRef()).map(event -> texts.text("bootcamps.tab.kind.event." + event.name()))
                .orElseGet(() -> texts.text("bootcamps.tab.kind.subject"));
    }

    private static String evi(BootcampTexts texts, LearnerRecord.Aim aim) {
        return aim.fams().stream().filter(fam -> BootcampProgramme.EVI.equals(fam.type()))
                .map(fam -> texts.text("bootcamps.tab.evi.fam", fam.code(),
                        Objects.toString(BootcampTexts.date(fam.dateFrom()), "")))
                .collect(Collectors.joining("; "));
    }
}
