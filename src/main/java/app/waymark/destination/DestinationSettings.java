package app.waymark.destination;

import app.waymark.base.TenantScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

@Entity
@Table(name = "destination_settings")
class DestinationSettings extends TenantScopedEntity {

    @Id
    private UUID id;
    @Column(name = "tracking_enabled")
    private boolean trackingEnabled;
    @Column(name = "back_population_date")
    private LocalDate backPopulationDate;
    @Column(name = "days_after_leaving")
    private int daysAfterLeaving;
    @Column(name = "first_reminder_days")
    private Integer firstReminderDays;
    @Column(name = "second_reminder_days")
    private Integer secondReminderDays;
    @Column(name = "non_response_days")
    private int nonResponseDays;
    @Column(name = "link_expiry_days")
    private int linkExpiryDays;
    @Enumerated(EnumType.STRING)
    @Column(name = "contact_rule_mode")
    private ContactRuleMode contactRuleMode;
    @Enumerated(EnumType.STRING)
    private SurveyChannels channels;
    @Column(name = "updated_at")
    private Instant updatedAt;
    @Column(name = "updated_by")
    private String updatedBy;
    @Version
    private int version;

    protected DestinationSettings() {
    }

    DestinationSettings(UUID id) {
        this.id = id;
    }

    void change(TrackingSettings settings, String by, Instant when) {
        trackingEnabled = settings.trackingEnabled();
        backPopulationDate = settings.backPopulationDate();
        daysAfterLeaving = settings.daysAfterLeaving();
        firstReminderDays = settings.firstReminderDays();
        secondReminderDays = settings.secondReminderDays();
        nonResponseDays = settings.nonResponseDays();
        linkExpiryDays = settings.linkExpiryDays();
        contactRuleMode = settings.contactRuleMode();
        channels = settings.channels();
        updatedBy = by;
        updatedAt = when;
    }

    TrackingSettings settings() {
        return new TrackingSettings(trackingEnabled, backPopulationDate, daysAfterLeaving, firstReminderDays,
                secondReminderDays, nonResponseDays, linkExpiryDays, contactRuleMode, channels);
    }
}
