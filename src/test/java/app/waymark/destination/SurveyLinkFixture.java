package app.waymark.destination;

import app.waymark.IntegrationTest;
import app.waymark.MailedLinks;
import app.waymark.branding.BrandingChange;
import app.waymark.branding.BrandingService;
import app.waymark.tenant.TenantService;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

/**
 * For tests outside this package (the survey pages, browser journeys): a fresh provider with destination tracking on
 * (email only, links valid 28 days), learners who left and were invited by the real daily run, and each learner's raw
 * link token, read from the email that arrived in the test mail server, as the learner would read it.
 */
public final class SurveyLinkFixture {

    /** One invited learner: {@code path} is the survey's path, as in the email. */
    public record Invited(UUID tenantId, UUID learnerId, String email, LocalDate leavingDate, String token) {
        public String path() {
            return "/survey/" + token;
        }
    }

    private final DispatchTestTenant provider;
    private final SurveyDispatch dispatch;
    private final LocalDate today;

    private SurveyLinkFixture(DispatchTestTenant provider, SurveyDispatch dispatch, LocalDate today) {
        this.provider = provider;
        this.dispatch = dispatch;
        this.today = today;
    }

    /** A new provider with tracking switched on; the caller acts with all of that provider's permissions after. */
    public static SurveyLinkFixture provider(TenantService tenants, JdbcTemplate jdbc, TransactionTemplate transactions,
                                             DestinationSettingsService settings, SurveyDispatch dispatch,
                                             Clock clock) {
        DispatchTestTenant provider = DispatchTestTenant.create(tenants, jdbc, transactions);
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Europe/London")));
        provider.run(() -> settings.save(new TrackingSettings(true, today.minusYears(1), 0, 7, 14, 28, 28,
                ContactRuleMode.STRICT, SurveyChannels.EMAIL)));
        return new SurveyLinkFixture(provider, dispatch, today);
    }

    public UUID tenantId() {
        return provider.id;
    }

    public LocalDate today() {
        return today;
    }

    /** Acts from here on with every permission a provider's staff can hold. */
    public static void actAsProviderAdmin() {
        DispatchTestTenant.actAsWithPermissions(app.waymark.base.security.Permission.TENANT_PERMISSIONS
                .toArray(String[]::new));
    }

    /** Gives the provider its own name and colour (as its admin would). */
    public void brand(BrandingService brandings, String displayName, String colour) {
        actAsProviderAdmin();
        provider.run(() -> brandings.save(new BrandingChange(displayName, colour, null, null, null, null)));
    }

    /** A learner who left {@code daysAgo} days ago, invited by the daily run; their token from the email. */
    public Invited invite(String givenNames, String email, int daysAgo) {
        actAsProviderAdmin();
        LocalDate left = today.minusDays(daysAgo);
        UUID learner = provider.learner(givenNames, email, null, left, "", "");
        int earlier = IntegrationTest.MAIL.receivedBy(email).size();
        provider.call(dispatch::runDaily);
        String link = MailedLinks.awaitLink(IntegrationTest.MAIL, email, "/survey/", earlier + 1);
        return new Invited(provider.id, learner, email, left, MailedLinks.token(link));
    }

    /** Runs work in this provider's tenant context (reads through row-level security). */
    public <T> T call(java.util.concurrent.Callable<T> work) {
        return provider.call(work);
    }

    public int count(String sql, Object... parameters) {
        return provider.count(sql, parameters);
    }

    public <T> java.util.List<T> query(String sql, Class<T> type, Object... parameters) {
        return provider.query(sql, type, parameters);
    }
}
