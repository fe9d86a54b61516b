package app.waymark.security.ui;

import app.waymark.security.AccountLinkKind;
import app.waymark.security.AccountLinkService;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** The link in a staff invitation: choose your first password and sign in. */
@Route(value = "invitation", autoLayout = false)
@AnonymousAllowed
class InvitationView extends ChoosePasswordPage {

    InvitationView(AccountLinkService links) {
        super(links, AccountLinkKind.INVITATION);
    }
}
