package app.waymark.ui;

import app.waymark.MailedLinks;
import app.waymark.security.AccountState;
import app.waymark.security.UserService;
import app.waymark.security.UserSummary;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.getNotifications;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

class UserManagementViewTest extends KaribuTest {

    @Autowired
    UserService users;

    @Test
    void a_provider_admin_invites_a_user_with_a_role_who_gets_an_email_and_shows_as_invited() {
        signInToUi("admin@northfield.example");
        UI.getCurrent().navigate("settings/users");
        String email = "karibu-" + UUID.randomUUID().toString().substring(0, 8) + "@northfield.example";

        _click(_get(Button.class, spec -> spec.withId("invite-user")));
        _setValue(_get(EmailField.class, spec -> spec.withId("invite-email")), email);
        _setValue(_get(TextField.class, spec -> spec.withId("invite-name")), "Karibu Tutor");
        @SuppressWarnings("unchecked")
        CheckboxGroup<app.waymark.security.RoleSummary> roles = _get(CheckboxGroup.class,
                spec -> spec.withId("role-chooser"));
        _setValue(roles, roles.getListDataView().getItems().filter(role -> role.name().equals("Tutor"))
                .collect(Collectors.toSet()));
        _click(_get(Button.class, spec -> spec.withId("invite-save")));

        assertThat(getNotifications()).anySatisfy(notification -> assertThat(notification.getElement()
                .getProperty("text")).startsWith("Invitation sent to " + email + ": the link works until "));
        assertThat(_find(Span.class, spec -> spec.withId("temporary-password"))).isEmpty();
        assertThat(MailedLinks.awaitLink(MAIL, email, "/invitation/", 1)).isNotBlank();

        _setValue(_get(TextField.class, spec -> spec.withPlaceholder("Search by name or email")), email);
        @SuppressWarnings("unchecked")
        Grid<UserSummary> grid = _get(Grid.class);
        assertThat(_size(grid)).isEqualTo(1);
        UserSummary invited = _get(grid, 0);
        assertThat(invited.email()).isEqualTo(email);
        assertThat(invited.roles()).extracting(app.waymark.security.RoleSummary::name).containsExactly("Tutor");
        assertThat(invited.state()).isEqualTo(AccountState.INVITED);
        assertThat(_getFormatted(grid, 0, "status")).startsWith("Invited (link works until ");
    }

    @Test
    void withdrawing_and_sending_again_from_the_list_changes_the_status_and_sends_a_new_link() {
        signIn(NORTHFIELD_ADMIN);
        String email = "again-" + UUID.randomUUID().toString().substring(0, 8) + "@northfield.example";
        UserSummary invited = users.invite(email, "Again Person", Set.of());
        signInToUi("admin@northfield.example");
        UI.getCurrent().navigate("settings/users");
        _setValue(_get(TextField.class, spec -> spec.withPlaceholder("Search by name or email")), email);
        @SuppressWarnings("unchecked")
        Grid<UserSummary> grid = _get(Grid.class);

        _click(_get(_getCellComponent(grid, 0, "actions"), Button.class, spec -> spec.withId("withdraw-" + invited.id())));
        assertThat(_getFormatted(grid, 0, "status")).isEqualTo("Invitation withdrawn");

        _click(_get(_getCellComponent(grid, 0, "actions"), Button.class, spec -> spec.withId("resend-" + invited.id())));
        assertThat(_getFormatted(grid, 0, "status")).startsWith("Invited (link works until ");
        assertThat(MailedLinks.awaitLink(MAIL, email, "/invitation/", 2)).isNotBlank();
    }

    @Test
    void a_duplicate_email_shows_the_reason_on_the_field_and_adds_nobody() {
        signInToUi("admin@northfield.example");
        UI.getCurrent().navigate("settings/users");
        @SuppressWarnings("unchecked")
        Grid<UserSummary> grid = _get(Grid.class);
        int before = _size(grid);

        _click(_get(Button.class, spec -> spec.withId("invite-user")));
        EmailField email = _get(EmailField.class, spec -> spec.withId("invite-email"));
        _setValue(email, "tutor@northfield.example");
        _setValue(_get(TextField.class, spec -> spec.withId("invite-name")), "Second Tutor");
        _click(_get(Button.class, spec -> spec.withId("invite-save")));

        assertThat(email.isInvalid()).isTrue();
        assertThat(email.getErrorMessage()).isEqualTo("A user with the email tutor@northfield.example already exists");
        grid.getDataProvider().refreshAll();
        assertThat(_size(grid)).isEqualTo(before);
    }

    @Test
    void the_riverside_admin_sees_only_riverside_users() {
        signInToUi("admin@riverside.example");
        UI.getCurrent().navigate("settings/users");
        @SuppressWarnings("unchecked")
        Grid<UserSummary> grid = _get(Grid.class);
        Set<String> emails = IntStream.range(0, _size(grid)).mapToObj(i -> _get(grid, i).email())
                .collect(Collectors.toSet());
        assertThat(emails).isNotEmpty().allSatisfy(e -> assertThat(e).endsWith("@riverside.example"));
    }
}
