package app.waymark.destination.ui;

import app.waymark.destination.Activity;
import app.waymark.destination.ActivityAnswer;
import app.waymark.destination.StudyKind;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;

import java.time.LocalDate;
import java.util.Optional;

/** The details of one activity: hours (work), kind of study, when it started, whether it goes on, when it ended. */
final class SurveyDetailsPage extends SurveyPageContent {

    private final Activity activity;
    private final RadioButtonGroup<Boolean> hours;
    private final RadioButtonGroup<StudyKind> studyKind = new RadioButtonGroup<>();
    private final DateInput start;
    private final RadioButtonGroup<Boolean> ongoing;
    private final DateInput end;

    SurveyDetailsPage(SurveyFlow flow, SurveyShell shell) {
        super(flow, shell);
        ActivityAnswer answer = flow.detailsAnswer();
        activity = answer.activity();
        String example = example(flow.exampleDate());
        hours = yesNo("hours", getTranslation("survey.hours.more"), getTranslation("survey.hours.less"));
        studyKind.setId("studyKind");
        studyKind.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        studyKind.setItems(StudyKind.values());
        studyKind.setItemLabelGenerator(kind -> getTranslation("survey.study." + kind.name()));
        start = new DateInput("startDate", getTranslation("survey.start-date.legend"),
                getTranslation("survey.start-date.hint", example));
        ongoing = yesNo("ongoing", getTranslation("survey.yes"), getTranslation("survey.no"));
        end = new DateInput("endDate", getTranslation("survey.end-date.legend"),
                getTranslation("survey.date.hint", example));

        if (activity.asksHours()) {
            hours.setValue(answer.sixteenHoursOrMore());
            add(fieldset("hours-question", getTranslation("survey.hours.legend"), null, hours));
        }
        if (activity.asksStudyKind()) {
            studyKind.setValue(answer.studyKind());
            add(fieldset("studyKind-question", getTranslation("survey.study.legend"), null, studyKind));
        }
        if (activity.asksDates()) {
            start.setValue(TypedDate.of(answer.startDate()));
            ongoing.setValue(answer.ongoing());
            end.setValue(TypedDate.of(answer.endDate()));
            end.setVisible(Boolean.FALSE.equals(answer.ongoing()));
            ongoing.addValueChangeListener(event -> end.setVisible(Boolean.FALSE.equals(event.getValue())));
            add(start, fieldset("ongoing-question", getTranslation("survey.ongoing.legend"), null, ongoing), end);
        }
        Button next = primary(getTranslation("survey.continue"), "continue");
        next.addClickListener(event -> {
            clearProblems();
            switch (flow.answerDetails(new SurveyFlow.Details(hours.getValue(), studyKind.getValue(),
                    start.value(), ongoing.getValue(), end.value()))) {
                case SurveyFlow.Refused refused -> showProblems(refused.problems());
                case SurveyFlow.Accepted accepted -> shell.save(accepted.draft());
            }
        });
        add(next);
    }

    @Override
    String heading() {
        return getTranslation("survey.details.title", activityName(activity));
    }

    @Override
    Optional<Component> caption() {
        Span caption = new Span(getTranslation("survey.details.caption", flow.current().details() + 1,
                flow.withDetails().size()));
        caption.addClassName("wm-survey-caption");
        caption.setId("survey-caption");
        return Optional.of(caption);
    }

    @Override
    Component field(SurveyField field) {
        return switch (field) {
            case HOURS -> hours;
            case STUDY_KIND -> studyKind;
            case START_DATE -> start;
            case ONGOING -> ongoing;
            case END_DATE -> end;
            default -> null;
        };
    }

    private static String example(LocalDate date) {
        return date.getDayOfMonth() + " " + date.getMonthValue() + " " + date.getYear();
    }
}
