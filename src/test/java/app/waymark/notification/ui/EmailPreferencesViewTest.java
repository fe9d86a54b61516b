package app.waymark.notification.ui;

import app.waymark.notification.EmailMode;
import app.waymark.notification.EmailPreference;
import app.waymark.notification.StaffEmailPreferences;
import app.waymark.ui.KaribuTest;
import com.github.mvysny.kaributesting.v10.ContextMenuKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.timepicker.TimePicker;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalTime;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class EmailPreferencesViewTest extends KaribuTest {

    @Autowired
    StaffEmailPreferences preferences;

    @Test
    void staff_open_their_email_settings_from_the_user_menu_and_choose_a_daily_summary_at_their_time() {
        signInToUi("work-coach@riverside.example");
        MenuBar userMenu = _get(MenuBar.class, spec -> spec.withId("user-menu"));
        MenuItem root = userMenu.getItems().getFirst();
        MenuItem entry = root.getSubMenu().getItems().stream()
                .filter(item -> item.getText().equals("Email notifications")).findFirst().orElseThrow();
        ContextMenuKt._click(userMenu, entry);
        _get(EmailPreferencesView.class);
        try {
            RadioButtonGroup<EmailMode> mode = mode();
            assertThat(mode.getValue()).as("one email for each event until they choose").isEqualTo(EmailMode.EACH_EVENT);
            _assertNone(TimePicker.class, spec -> spec.withId("digest-time"));

            mode.setValue(EmailMode.DAILY_DIGEST);
            TimePicker time = _get(TimePicker.class, spec -> spec.withId("digest-time"));
            assertThat(time.getValue()).as("a suggested time").isEqualTo(LocalTime.of(8, 0));
            time.setValue(LocalTime.of(7, 30));
            _click(_get(Button.class, spec -> spec.withId("save-email-preferences")));
            assertThat(preferences.mine()).isEqualTo(EmailPreference.dailyAt(LocalTime.of(7, 30)));

            UI.getCurrent().navigate("");
            UI.getCurrent().navigate(EmailPreferencesView.ROUTE);
            assertThat(mode().getValue()).isEqualTo(EmailMode.DAILY_DIGEST);
            assertThat(_get(TimePicker.class, spec -> spec.withId("digest-time")).getValue())
                    .isEqualTo(LocalTime.of(7, 30));
        } finally {
            preferences.saveMine(EmailMode.EACH_EVENT, null);
        }
    }

    @Test
    void a_daily_summary_without_a_time_is_refused_on_the_field_and_nothing_changes() {
        signInToUi("supervisor@riverside.example");
        UI.getCurrent().navigate(EmailPreferencesView.ROUTE);
        mode().setValue(EmailMode.DAILY_DIGEST);
        TimePicker time = _get(TimePicker.class, spec -> spec.withId("digest-time"));
        time.clear();
        _click(_get(Button.class, spec -> spec.withId("save-email-preferences")));

        assertThat(time.isInvalid()).isTrue();
        assertThat(time.getErrorMessage()).isEqualTo("Choose the time of day your summary email is sent");
        assertThat(preferences.mine()).isEqualTo(EmailPreference.DEFAULT);

        mode().setValue(EmailMode.NONE);
        _click(_get(Button.class, spec -> spec.withId("save-email-preferences")));
        try {
            assertThat(preferences.mine()).isEqualTo(new EmailPreference(EmailMode.NONE, null));
        } finally {
            preferences.saveMine(EmailMode.EACH_EVENT, null);
        }
    }

    @SuppressWarnings("unchecked")
    private static RadioButtonGroup<EmailMode> mode() {
        return _get(RadioButtonGroup.class, spec -> spec.withId("email-mode"));
    }
}
