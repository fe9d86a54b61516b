package app.waymark.security.ui;

import app.waymark.security.AccountLinkKind;
import app.waymark.security.AccountLinkService;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** The link in a password reset email: choose a new password; every other session of the person ends. */
@Route(value = "password-reset", autoLayout = false)
@AnonymousAllowed
class PasswordResetView extends ChoosePasswordPage {

    PasswordResetView(AccountLinkService links) {
        super(links, AccountLinkKind.PASSWORD_RESET);
    }
}
