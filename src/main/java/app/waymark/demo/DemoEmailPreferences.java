package app.waymark.demo;

import app.waymark.notification.EmailMode;
import app.waymark.notification.EmailPreference;
import app.waymark.notification.StaffEmailPreferences;
import app.waymark.security.DemoAccounts;
import org.springframework.stereotype.Component;

import java.time.LocalTime;

/**
 * The demo pre-authoriser has chosen a daily tracker summary at 08:00 (UK time), set as they would on their email
 * settings page, so the demo trackers raised afterwards wait for their summary instead of emailing them one by one.
 */
@Component
class DemoEmailPreferences {

    static final LocalTime DIGEST_TIME = LocalTime.of(8, 0);

    private final StaffEmailPreferences preferences;
    private final DemoAccounts accounts;

    DemoEmailPreferences(StaffEmailPreferences preferences, DemoAccounts accounts) {
        this.preferences = preferences;
        this.accounts = accounts;
    }

    /** Call in the demo provider's context, before the demo trackers are raised. */
    void ensure(String mailDomain) {
        accounts.actingAs("tracker-preauthorise@" + mailDomain, () -> {
            if (preferences.mine().equals(EmailPreference.DEFAULT)) {
                preferences.saveMine(EmailMode.DAILY_DIGEST, DIGEST_TIME);
            }
            return null;
        });
    }
}
