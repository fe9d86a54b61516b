package app.waymark.ui;

import app.waymark.security.UserService;
import app.waymark.security.UserSummary;
import app.waymark.security.ui.ChangePasswordView;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.PasswordField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.Set;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

class FirstSignInTest extends KaribuTest {

    private static final String TEMPORARY = "an old temporary password";

    @Autowired
    UserService users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transactions;

    /** Earlier versions gave invited staff a temporary password to change at first sign-in; such accounts remain. */
    @Test
    void a_user_with_a_temporary_password_is_kept_on_the_change_password_page_until_they_change_it() {
        signIn(NORTHFIELD_ADMIN);
        UserSummary user = users.createWithPassword("first-" + UUID.randomUUID() + "@northfield.example",
                "First Timer", Set.of(), TEMPORARY);
        transactions.executeWithoutResult(status -> jdbc.update(
                "update staff_user set must_change_password = true where id = ?", user.id()));
        signInToUi(user.email(), TEMPORARY);
        _assertOne(ChangePasswordView.class);
        UI.getCurrent().navigate("audit");
        _assertOne(ChangePasswordView.class);

        _setValue(_get(PasswordField.class, spec -> spec.withId("current-password")), TEMPORARY);
        _setValue(_get(PasswordField.class, spec -> spec.withId("new-password")), "short");
        _setValue(_get(PasswordField.class, spec -> spec.withId("repeat-password")), "short");
        _click(_get(Button.class, spec -> spec.withId("save-password")));
        PasswordField newPassword = _get(PasswordField.class, spec -> spec.withId("new-password"));
        assertThat(newPassword.isInvalid()).isTrue();
        assertThat(newPassword.getErrorMessage()).isEqualTo("Password must be at least 12 characters long");

        _setValue(newPassword, "plenty of words make it strong");
        _setValue(_get(PasswordField.class, spec -> spec.withId("repeat-password")), "plenty of words make it strong");
        _click(_get(Button.class, spec -> spec.withId("save-password")));

        UI.getCurrent().navigate("");
        _assertNone(ChangePasswordView.class);
    }
}
