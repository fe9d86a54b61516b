package app.waymark.destination.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;

/** The learner's email address and mobile number: confirmed, corrected or left empty. */
final class SurveyContactPage extends SurveyPageContent {

    private final EmailField email = new EmailField();
    private final TextField mobile = new TextField();

    SurveyContactPage(SurveyFlow flow, SurveyShell shell) {
        super(flow, shell);
        text(getTranslation("survey.contact.intro", shell.providerName()));
        email.setLabel(getTranslation("survey.contact.email"));
        email.setId("email");
        email.setWidthFull();
        email.setValue(flow.contactEmail());
        email.setHelperText(getTranslation("survey.contact.email.hint"));
        email.setAutocomplete(Autocomplete.EMAIL);
        mobile.setLabel(getTranslation("survey.contact.mobile"));
        mobile.setId("mobile");
        mobile.setWidthFull();
        mobile.setValue(flow.contactMobile());
        mobile.setHelperText(getTranslation("survey.contact.mobile.hint"));
        mobile.setAutocomplete(Autocomplete.TEL);
        mobile.getElement().setAttribute("inputmode", "tel");
        Button next = primary(getTranslation("survey.continue"), "continue");
        next.addClickListener(event -> {
            clearProblems();
            switch (flow.confirmContact(email.getValue(), mobile.getValue())) {
                case SurveyFlow.Refused refused -> showProblems(refused.problems());
                case SurveyFlow.Accepted accepted -> shell.save(accepted.draft());
            }
        });
        add(email, mobile, next);
    }

    @Override
    String heading() {
        return getTranslation("survey.contact.title");
    }

    @Override
    Component field(SurveyField field) {
        return switch (field) {
            case EMAIL -> email;
            case MOBILE -> mobile;
            default -> null;
        };
    }
}
