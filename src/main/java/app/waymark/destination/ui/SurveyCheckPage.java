package app.waymark.destination.ui;

import app.waymark.destination.ActivityAnswer;
import app.waymark.destination.SurveyDraft;
import app.waymark.base.ui.SummaryList;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeButton;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Check your answers: every answer with a "Change" link, then "Send my answers". */
final class SurveyCheckPage extends SurveyPageContent {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    SurveyCheckPage(SurveyFlow flow, SurveyShell shell) {
        super(flow, shell);
        SurveyDraft draft = flow.draft();
        Div list = SummaryList.of("summary");
        row(list, "activities", getTranslation("survey.check.activities"), draft.answers().stream()
                .map(answer -> activityName(answer.activity())).collect(Collectors.joining("\n")),
                () -> shell.show(flow.changeActivities()));
        List<ActivityAnswer> withDetails = flow.withDetails();
        for (int i = 0; i < withDetails.size(); i++) {
            int index = i;
            ActivityAnswer answer = withDetails.get(i);
            row(list, "details-" + i, activityName(answer.activity()), String.join("\n", lines(answer)),
                    () -> shell.show(flow.changeDetails(index)));
        }
        row(list, "email", getTranslation("survey.contact.email"), blankAsNone(draft.email()),
                () -> shell.show(flow.changeContact()));
        row(list, "mobile", getTranslation("survey.contact.mobile"), blankAsNone(draft.mobile()),
                () -> shell.show(flow.changeContact()));
        add(list, new H2(getTranslation("survey.check.send.title")));
        text(getTranslation("survey.check.send.text", shell.providerName()));
        Button submit = primary(getTranslation("survey.check.submit"), "submit");
        submit.setDisableOnClick(true);
        submit.addClickListener(event -> shell.submit());
        add(submit);
    }

    @Override
    String heading() {
        return getTranslation("survey.check.title");
    }

    private List<String> lines(ActivityAnswer answer) {
        List<String> lines = new ArrayList<>();
        if (answer.activity().asksHours() && answer.sixteenHoursOrMore() != null) {
            lines.add(getTranslation(answer.sixteenHoursOrMore() ? "survey.hours.more" : "survey.hours.less"));
        }
        if (answer.activity().asksStudyKind() && answer.studyKind() != null) {
            lines.add(getTranslation("survey.study." + answer.studyKind().name()));
        }
        if (answer.startDate() != null) {
            lines.add(getTranslation("survey.check.started", DAY.format(answer.startDate())));
        }
        if (Boolean.TRUE.equals(answer.ongoing())) {
            lines.add(getTranslation("survey.check.ongoing"));
        } else if (answer.endDate() != null) {
            lines.add(getTranslation("survey.check.ended", DAY.format(answer.endDate())));
        }
        return lines;
    }

    private String blankAsNone(String value) {
        return value == null || value.isBlank() ? getTranslation("survey.check.none") : value;
    }

    private void row(Div list, String id, String key, String value, Runnable change) {
        SummaryList.row(list, id, key, value, SummaryList.change(
                new NativeButton(getTranslation("survey.check.change"), event -> change.run()), id, key));
    }
}
