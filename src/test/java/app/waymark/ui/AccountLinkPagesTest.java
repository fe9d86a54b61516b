package app.waymark.ui;

import app.waymark.MailedLinks;
import app.waymark.security.UserService;
import app.waymark.security.UserSummary;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.Set;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/** The pages behind emailed staff links and "Forgot your password?", as someone not signed in sees them. */
class AccountLinkPagesTest extends KaribuTest {

    @Autowired
    UserService users;

    @Test
    void the_invitation_page_greets_the_person_refuses_a_weak_password_on_the_field_and_signs_in_with_a_good_one() {
        String token = invitedToken();
        UI.getCurrent().navigate("invitation/" + token);

        assertThat(text("account-heading")).isEqualTo("Join Northfield College on Waymark");
        assertThat(text("account-greeting")).startsWith("Hello Page Person.");
        assertThat(_get(TextField.class, spec -> spec.withId("account-email")).getValue()).endsWith("@northfield.example");
        choose("short", "short");
        PasswordField password = _get(PasswordField.class, spec -> spec.withId("new-password"));
        assertThat(password.isInvalid()).isTrue();
        assertThat(password.getErrorMessage()).isEqualTo("Password must be at least 12 characters long");
        choose("a page person's password", "a different one");
        PasswordField repeat = _get(PasswordField.class, spec -> spec.withId("repeat-password"));
        assertThat(repeat.getErrorMessage()).isEqualTo("The two new passwords are not the same");

        choose("a page person's password", "a page person's password");

        assertThat(SecurityContextHolder.getContext().getAuthentication().isAuthenticated()).isTrue();
        assertThat(SecurityContextHolder.getContext().getAuthentication().getName()).startsWith("page-");
    }

    @Test
    void a_used_link_says_so_and_points_to_sign_in() {
        String token = invitedToken();
        UI.getCurrent().navigate("invitation/" + token);
        choose("a page person's password", "a page person's password");
        SecurityContextHolder.clearContext();

        UI.getCurrent().navigate("invitation/" + token);

        assertThat(text("account-heading")).isEqualTo("This link has already been used");
        assertThat(text("account-closed")).startsWith("Your account is already set up");
        assertThat(_get(com.vaadin.flow.component.html.Anchor.class, spec -> spec.withId("sign-in-link")).getHref())
                .isEqualTo("login");
    }

    @Test
    void a_made_up_link_is_not_recognised() {
        UI.getCurrent().navigate("password-reset/" + "x".repeat(43));

        assertThat(text("account-heading")).isEqualTo("This link is not recognised");
        assertThat(text("account-closed")).contains("Forgot your password?");
    }

    @Test
    void forgot_password_gives_the_same_answer_for_a_known_and_an_unknown_address() {
        String known = forgot("tutor@northfield.example");
        String unknown = forgot("nobody-" + UUID.randomUUID().toString().substring(0, 6) + "@northfield.example");

        assertThat(known.replace("tutor@northfield.example", "ADDRESS"))
                .isEqualTo(unknown.replaceAll("nobody-[a-f0-9-]+@northfield.example", "ADDRESS"));
        assertThat(known).contains("The link works for 60 minutes");
    }

    private String forgot(String email) {
        UI.getCurrent().navigate("forgot-password");
        _setValue(_get(EmailField.class, spec -> spec.withId("reset-email")), email);
        _click(_get(Button.class, spec -> spec.withId("send-reset")));
        return text("reset-sent");
    }

    private void choose(String password, String repeat) {
        _setValue(_get(PasswordField.class, spec -> spec.withId("new-password")), password);
        _setValue(_get(PasswordField.class, spec -> spec.withId("repeat-password")), repeat);
        _click(_get(Button.class, spec -> spec.withId("save-password")));
    }

    private String invitedToken() {
        signIn(NORTHFIELD_ADMIN);
        UserSummary invited = users.invite("page-" + UUID.randomUUID().toString().substring(0, 8)
                + "@northfield.example", "Page Person", Set.of());
        SecurityContextHolder.clearContext();
        return MailedLinks.token(MailedLinks.awaitLink(MAIL, invited.email(), "/invitation/", 1));
    }

    private static String text(String id) {
        return _get(Paragraph.class, spec -> spec.withId(id)).getText();
    }
}
