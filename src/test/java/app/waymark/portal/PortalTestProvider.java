package app.waymark.portal;

import app.waymark.MailedLinks;
import app.waymark.TestMailServer;
import app.waymark.base.TimeOrderedIds;
import app.waymark.base.security.Permission;
import app.waymark.branding.BrandingChange;
import app.waymark.branding.BrandingService;
import app.waymark.security.DemoAccounts;
import app.waymark.tenant.TenantContext;
import app.waymark.tenant.TenantService;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.awaitility.Awaitility.await;

/**
 * A fresh provider for portal tests, with learners written straight into the learner table (the import has its own
 * tests), and the codes and links that reach learners, read from the test mail server as the learner would.
 */
public final class PortalTestProvider {

    private static final Pattern CODE = Pattern.compile("sign-in code is (\\d{6})");
    private static final Pattern LINK =
            Pattern.compile("https?://[^\\s\"<]+(/me/[a-z0-9-]+/link/[A-Za-z0-9_-]{43})");

    public final UUID id;
    public final String slug;
    public final String name;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;

    private PortalTestProvider(UUID id, String slug, String name, JdbcTemplate jdbc,
                               TransactionTemplate transactions) {
        this.id = id;
        this.slug = slug;
        this.name = name;
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    public static PortalTestProvider create(TenantService tenants, JdbcTemplate jdbc,
                                            TransactionTemplate transactions) {
        int number = ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999);
        String name = "Portal College " + number;
        String slug = "portal-" + number;
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "portal-test", null, List.of(new SimpleGrantedAuthority(
                        Permission.authority(Permission.PLATFORM_OPERATOR)))));
        try {
            UUID id = tenants.create(name, slug, Integer.toString(number)).id();
            return new PortalTestProvider(id, slug, name, jdbc, transactions);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** A learner still on their programme. */
    public UUID learner(String givenNames, String familyName, String email, String mobileE164) {
        return learner(givenNames, familyName, email, mobileE164, null);
    }

    /** A learner who left on {@code leavingDate} (null: still on their programme). */
    public UUID learner(String givenNames, String familyName, String email, String mobileE164, LocalDate leavingDate) {
        return call(() -> transactions.execute(status -> {
            UUID learner = TimeOrderedIds.next();
            jdbc.update("""
                    insert into learner (tenant_id, id, learn_ref_number, uln, given_names, family_name, email,
                        mobile_e164, tel_no, add_line1, add_line2, postcode, leaving_date, programme_status,
                        created_at, updated_at)
                    values (?, ?, ?, '9999999999', ?, ?, ?, ?, ?, '12 Lark Lane', 'Leeds', 'LS1 4AB', ?, ?, ?, ?)""",
                    id, learner, learner.toString().substring(24), givenNames, familyName, email, mobileE164,
                    mobileE164 == null ? null : "0" + mobileE164.substring(3),
                    leavingDate == null ? null : Date.valueOf(leavingDate),
                    leavingDate == null ? "CONTINUING" : "COMPLETED", Timestamp.from(Instant.now()),
                    Timestamp.from(Instant.now()));
            return learner;
        }));
    }

    public void contactPreference(UUID learner, String type, int code) {
        run(() -> transactions.executeWithoutResult(status -> jdbc.update("""
                insert into learner_contact_preference (tenant_id, learner_id, pref_type, pref_code, ilr_year)
                values (?, ?, ?, ?, '2024-25')""", id, learner, type, code)));
    }

    /** Gives the provider one member of staff per standard role, at {@code <role>@<slug>.example}; the domain. */
    public String withStaff(DemoAccounts accounts, String password) {
        String domain = slug + ".example";
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "portal-test", null, Permission.TENANT_PERMISSIONS.stream()
                        .map(p -> new SimpleGrantedAuthority(Permission.authority(p))).toList()));
        try {
            accounts.ensureStaffPerRole(id, domain, List.of("Pat Staff"), password);
        } finally {
            SecurityContextHolder.clearContext();
        }
        return domain;
    }

    /** Gives the provider its own name and colour, as its admin would. */
    public void brand(BrandingService brandings, String displayName, String colour) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "portal-test", null, Permission.TENANT_PERMISSIONS.stream()
                        .map(p -> new SimpleGrantedAuthority(Permission.authority(p))).toList()));
        try {
            run(() -> brandings.save(new BrandingChange(displayName, colour, null, null, null, null)));
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    public <T> T call(Callable<T> work) {
        return TenantContext.callAs(id, work);
    }

    public void run(Runnable work) {
        TenantContext.runAs(id, work);
    }

    public int count(String sql, Object... parameters) {
        return call(() -> transactions.execute(status -> jdbc.queryForObject(sql, Integer.class, parameters)));
    }

    /** A made-up address no other test uses. */
    public static String newAddress(String name) {
        return name.toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8) + "@mail.example";
    }

    /** Waits for the {@code n}-th sign-in code emailed to {@code address} (1 is the first) and returns it. */
    public static String awaitCode(TestMailServer mail, String address, int n) {
        await().atMost(Duration.ofSeconds(30)).until(() -> codesReceived(mail, address).size() >= n);
        return codesReceived(mail, address).get(n - 1);
    }

    /** The sign-in codes emailed to {@code address} so far, oldest first. */
    public static List<String> codesReceived(TestMailServer mail, String address) {
        return mail.receivedBy(address).stream().map(MailedLinks::plainText).map(CODE::matcher)
                .filter(Matcher::find).map(code -> code.group(1)).toList();
    }

    /** The sign-in link's path in the {@code n}-th sign-in email to {@code address} (1 is the first). */
    public static String awaitLinkPath(TestMailServer mail, String address, int n) {
        await().atMost(Duration.ofSeconds(30)).until(() -> linksReceived(mail, address).size() >= n);
        return linksReceived(mail, address).get(n - 1);
    }

    private static List<String> linksReceived(TestMailServer mail, String address) {
        return mail.receivedBy(address).stream().map(MailedLinks::plainText).map(LINK::matcher)
                .filter(Matcher::find).map(link -> link.group(1)).toList();
    }
}
