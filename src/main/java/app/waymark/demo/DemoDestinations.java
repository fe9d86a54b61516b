package app.waymark.demo;

import app.waymark.destination.ContactRuleMode;
import app.waymark.destination.DestinationSettingsService;
import app.waymark.destination.DispatchReport;
import app.waymark.destination.SurveyChannels;
import app.waymark.destination.SurveyDispatch;
import app.waymark.destination.TrackingSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;

/**
 * Switches destination tracking on for a demo provider (once) and runs the daily survey run, so invitations and
 * OTH-3 records exist on first start. Messages go through the outbox like any others (to the log when no SMTP or
 * SMS provider is configured).
 */
@Component
class DemoDestinations {

    private static final Logger log = LoggerFactory.getLogger(DemoDestinations.class);

    private final DestinationSettingsService settings;
    private final SurveyDispatch dispatch;
    private final Clock clock;

    DemoDestinations(DestinationSettingsService settings, SurveyDispatch dispatch, Clock clock) {
        this.settings = settings;
        this.dispatch = dispatch;
        this.clock = clock;
    }

    void ensureTracking(String provider) {
        if (!settings.current().trackingEnabled()) {
            settings.save(new TrackingSettings(true, LocalDate.now(clock).minusYears(2), 0, 7, 14, 28, 28,
                    ContactRuleMode.STRICT, SurveyChannels.BOTH));
        }
        DispatchReport report = dispatch.runDaily();
        log.info("Demo survey run for {}: {}", provider, report);
    }
}
