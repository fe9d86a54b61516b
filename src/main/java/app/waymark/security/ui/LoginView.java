package app.waymark.security.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;

import java.util.List;

/** Staff sign-in; the form posts to Spring Security, which sends refusals back here with a reason. */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm form = new LoginForm();
    private final AuthenticationContext authenticationContext;

    LoginView(AuthenticationContext authenticationContext) {
        this.authenticationContext = authenticationContext;
        addClassName("wm-login");
        form.setAction("login");
        form.setForgotPasswordButtonVisible(true);
        form.addForgotPasswordListener(event -> form.getUI().ifPresent(ui -> ui.navigate("forgot-password")));
        Div panel = new Div(new H1(getTranslation("app.name")), new Paragraph(getTranslation("login.intro")), form);
        panel.addClassName("wm-login-panel");
        add(panel);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (authenticationContext.isAuthenticated()) {
            event.forwardTo("");
            return;
        }
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle(getTranslation("login.title"));
        i18n.getForm().setUsername(getTranslation("login.email"));
        i18n.getForm().setForgotPassword(getTranslation("login.forgot"));
        List<String> error = event.getLocation().getQueryParameters().getParameters().get("error");
        if (error == null) {
            SessionEndedNotice.takeFromRequest().ifPresent(reason -> {
                i18n.getErrorMessage().setTitle(getTranslation("login.ended.title"));
                i18n.getErrorMessage().setMessage(getTranslation("login.ended." + reason + ".message"));
                form.setError(true);
            });
        }
        if (error != null) {
            String reason = error.isEmpty() || error.getFirst().isBlank() ? "credentials" : error.getFirst();
            i18n.getErrorMessage().setTitle(getTranslation("login.error." + reason + ".title"));
            i18n.getErrorMessage().setMessage(getTranslation("login.error." + reason + ".message"));
            form.setError(true);
        }
        form.setI18n(i18n);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " | " + getTranslation("app.name");
    }
}
