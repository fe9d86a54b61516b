package app.waymark.learner.ui;

import app.waymark.base.ui.LearnerPageTab;
import app.waymark.base.ui.UkFormats;
import app.waymark.base.ui.FieldErrors;
import app.waymark.audit.AuditRecord;
import app.waymark.audit.AuditService;
import app.waymark.base.InvalidInputException;
import app.waymark.base.security.CurrentActor;
import app.waymark.base.security.Permission;
import app.waymark.base.ui.Notifications;
import app.waymark.learner.LearnerDetails;
import app.waymark.learner.LearnerService;
import app.waymark.security.StaffMembers;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AccessDeniedErrorRouter;
import jakarta.annotation.security.RolesAllowed;

import java.util.Objects;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * One learner: personal and contact details (with their primary tutor and work coach), contact preferences, programme
 * and aims, employment, history.
 */
@Route("learners/:learnerId")
@RolesAllowed(Permission.LEARNER_VIEW)
@AccessDeniedErrorRouter
class LearnerDetailView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {


    private final LearnerService learners;
    private final AuditService audit;
    private final StaffMembers staff;
    private final List<LearnerPageTab> moreTabs;
    private LearnerDetails details;

    LearnerDetailView(LearnerService learners, AuditService audit, StaffMembers staff, List<LearnerPageTab> moreTabs) {
        this.learners = learners;
        this.audit = audit;
        this.staff = staff;
        this.moreTabs = moreTabs.stream().sorted(Comparator.comparingInt(LearnerPageTab::order)).toList();
        setId("learner-detail");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        UUID id;
        try {
            id = UUID.fromString(event.getRouteParameters().get("learnerId").orElse(""));
        } catch (IllegalArgumentException e) {
            throw new NotFoundException();
        }
        details = learners.details(id).orElseThrow(NotFoundException::new);
        render();
    }

    private void render() {
        removeAll();
        var summary = details.summary();
        add(new H1(summary.fullName().isEmpty() ? summary.learnRefNumber() : summary.fullName()));
        add(new Paragraph(getTranslation("learner.subtitle", summary.learnRefNumber(), summary.uln(),
                details.leaverCategory() == null
                        ? getTranslation("learners.status." + summary.programmeStatus().name())
                        : getTranslation("learners.status.with-category",
                        getTranslation("learners.status." + summary.programmeStatus().name()),
                        getTranslation("learners.leaver." + details.leaverCategory().name())),
                summary.leavingDate() == null ? "-" : UkFormats.DATE.format(summary.leavingDate()))));
        TabSheet tabs = new TabSheet();
        tabs.setWidthFull();
        tabs.add(getTranslation("learner.tab.personal"), personal());
        tabs.add(getTranslation("learner.tab.preferences"), preferences());
        tabs.add(getTranslation("learner.tab.programme"), programme());
        tabs.add(getTranslation("learner.tab.employment"), employment());
        moreTabs.forEach(tab -> tabs.add(getTranslation(tab.titleKey()), tab.create(details.summary().id())));
        tabs.add(getTranslation("learner.tab.history"), history());
        add(tabs);
    }

    private Component personal() {
        var summary = details.summary();
        var contact = details.contact();
        Div panel = new Div();
        panel.add(line("learner.date-of-birth", summary.dateOfBirth() == null ? null
                : UkFormats.DATE.format(summary.dateOfBirth())));
        panel.add(line("learner.address", String.join(", ", java.util.stream.Stream.of(contact.addLine1(),
                contact.addLine2(), contact.addLine3(), contact.addLine4(), contact.postcode())
                .filter(Objects::nonNull).toList())));
        panel.add(line("learner.telephone", contact.telNo()));
        panel.add(line("learner.mobile", contact.mobileE164() == null ? getTranslation("learner.no-mobile")
                : contact.mobileE164()));
        panel.add(line("learner.email", contact.email()));
        panel.add(line("learner.high-needs", getTranslation(details.highNeeds() ? "common.yes" : "common.no")));
        panel.add(new StaffAssignment(learners, staff, summary.id(), details.staff(), this::reload));
        if (CurrentActor.has(Permission.LEARNER_EDIT)) {
            Button correct = new Button(getTranslation("learner.correct-contact"));
            correct.addClickListener(e -> {
                panel.remove(correct);
                panel.add(contactForm());
            });
            correct.setId("correct-contact");
            panel.add(correct);
        }
        return panel;
    }

    private Component contactForm() {
        var contact = details.contact();
        TextField line1 = field("learner.add-line", contact.addLine1(), "add-line1");
        TextField line2 = field("learner.add-line", contact.addLine2(), "add-line2");
        TextField line3 = field("learner.add-line", contact.addLine3(), "add-line3");
        TextField line4 = field("learner.add-line", contact.addLine4(), "add-line4");
        TextField postcode = field("learner.postcode", contact.postcode(), "postcode");
        TextField telNo = field("learner.telephone", contact.telNo(), "tel-no");
        EmailField email = new EmailField(getTranslation("learner.email"));
        email.setValue(Objects.toString(contact.email(), ""));
        email.setId("email");
        Button save = new Button(getTranslation("common.save"), e -> {
            try {
                learners.correctContact(details.summary().id(), new LearnerDetails.Contact(line1.getValue(),
                        line2.getValue(), line3.getValue(), line4.getValue(), postcode.getValue(), telNo.getValue(),
                        null, email.getValue()));
                Notifications.success(getTranslation("learner.contact-saved"));
                reload();
            } catch (InvalidInputException ex) {
                HasValidation target = switch (ex.field()) {
                    case "email" -> email;
                    case "telNo" -> telNo;
                    case "postcode" -> postcode;
                    default -> line1;
                };
                FieldErrors.show(target, ex.getMessage());
            }
        });
        save.setId("save-contact");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(line1, line2, line3, line4, postcode, telNo, email);
        return new VerticalLayout(form, save);
    }

    private void reload() {
        details = learners.details(details.summary().id()).orElseThrow();
        render();
    }

    private TextField field(String labelKey, String value, String id) {
        TextField field = new TextField(getTranslation(labelKey));
        field.setValue(Objects.toString(value, ""));
        field.setId(id);
        return field;
    }

    private Component preferences() {
        var preferences = details.preferences();
        Div panel = new Div();
        if (preferences.ilrYear() == null) {
            panel.add(new Paragraph(getTranslation("learner.preferences.none")));
        } else {
            panel.add(line("learner.preferences.year", preferences.ilrYear()));
            panel.add(line("learner.preferences.codes", preferences.codes().isEmpty()
                    ? getTranslation("learner.preferences.no-codes") : String.join(", ", preferences.codes())));
        }
        panel.add(line("learner.suppressions", preferences.suppressions().isEmpty()
                ? getTranslation("learner.suppressions.none") : String.join("; ", preferences.suppressions())));
        return panel;
    }

    private Component programme() {
        Grid<LearnerDetails.Aim> aims = new Grid<>();
        aims.setId("learner-aims");
        aims.addColumn(LearnerDetails.Aim::aimSeqNumber).setHeader("#").setWidth("4rem").setFlexGrow(0);
        aims.addColumn(LearnerDetails.Aim::learnAimRef).setHeader(getTranslation("learner.aim-ref")).setAutoWidth(true);
        aims.addColumn(a -> getTranslation("aim-type." + a.aimType())).setHeader(getTranslation("learner.aim-type"))
                .setAutoWidth(true);
        aims.addColumn(a -> getTranslation("fund-model." + a.fundModel())).setHeader(getTranslation("learners.fund-model"))
                .setAutoWidth(true);
        aims.addColumn(a -> UkFormats.DATE.format(a.learnStartDate())).setHeader(getTranslation("learner.start"));
        aims.addColumn(a -> UkFormats.DATE.format(a.learnPlanEndDate())).setHeader(getTranslation("learner.planned-end"));
        aims.addColumn(a -> a.learnActEndDate() == null ? "" : UkFormats.DATE.format(a.learnActEndDate()))
                .setHeader(getTranslation("learner.actual-end"));
        aims.addColumn(a -> getTranslation("comp-status." + a.compStatus())).setHeader(getTranslation("learner.comp-status"));
        aims.setItems(details.programme().aims());
        aims.setAllRowsVisible(true);
        return aims;
    }

    private Component employment() {
        Grid<LearnerDetails.Employment> grid = new Grid<>();
        grid.setId("learner-employment");
        grid.addColumn(e -> UkFormats.DATE.format(e.dateEmpStatApp())).setHeader(getTranslation("learner.from"));
        grid.addColumn(e -> getTranslation("emp-stat." + e.empStat())).setHeader(getTranslation("learner.emp-stat"))
                .setFlexGrow(3);
        grid.addColumn(e -> Objects.toString(e.empId(), "")).setHeader(getTranslation("learner.emp-id"));
        grid.addColumn(LearnerDetails.Employment::monitoring).setHeader(getTranslation("learner.monitoring"))
                .setFlexGrow(2);
        grid.setItems(details.programme().employment());
        grid.setAllRowsVisible(true);
        return grid;
    }

    private Component history() {
        Grid<AuditRecord> grid = new Grid<>();
        grid.addColumn(r -> UkFormats.MINUTE.format(r.occurredAt())).setHeader(getTranslation("audit.time"));
        grid.addColumn(AuditRecord::actorName).setHeader(getTranslation("audit.actor"));
        grid.addColumn(r -> getTranslation("audit.action." + r.action())).setHeader(getTranslation("audit.action"));
        grid.addColumn(AuditRecord::describeDetails).setHeader(getTranslation("audit.details")).setFlexGrow(3);
        grid.setItems(audit.historyOf("learner", details.summary().id().toString(), 100));
        grid.setAllRowsVisible(true);
        return grid;
    }

    private Paragraph line(String labelKey, String value) {
        return LabelledValue.of(getTranslation(labelKey), value);
    }

    @Override
    public String getPageTitle() {
        return details == null ? getTranslation("learners.title") : details.summary().fullName();
    }
}
