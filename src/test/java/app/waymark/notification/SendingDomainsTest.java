package app.waymark.notification;

import app.waymark.IntegrationTest;
import app.waymark.audit.AuditRecord;
import app.waymark.audit.AuditService;
import app.waymark.base.InvalidInputException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The operator's approvals of sending domains: checked, idempotent, on the platform audit trail. */
class SendingDomainsTest extends IntegrationTest {

    @Autowired
    SendingDomains sendingDomains;
    @Autowired
    AuditService audit;
    @Autowired
    JdbcTemplate jdbc;

    UUID riverside;

    @BeforeEach
    void setUp() {
        riverside = jdbc.queryForObject("select id from tenant where slug = 'riverside'", UUID.class);
    }

    @Test
    void approving_is_on_the_platform_trail_and_approving_again_changes_nothing() {
        signIn(OPERATOR);
        String domain = "twice-" + UUID.randomUUID().toString().substring(0, 8) + ".example";

        SendingDomains.Approval first = sendingDomains.approve(riverside, " " + domain.toUpperCase() + " ");
        SendingDomains.Approval second = sendingDomains.approve(riverside, domain);

        assertThat(first).isEqualTo(new SendingDomains.Approval(domain, true));
        assertThat(second).isEqualTo(new SendingDomains.Approval(domain, false));
        assertThat(sendingDomains.approvedFor(riverside)).filteredOn(d -> d.domain().equals(domain)).singleElement()
                .satisfies(approved -> assertThat(approved.approvedBy()).isEqualTo("Platform Operator"));
        assertThat(eventsAbout(domain)).singleElement().satisfies(event -> {
            assertThat(event.action()).isEqualTo("SENDING_DOMAIN_APPROVED");
            assertThat(event.subjectId()).isEqualTo(riverside.toString());
            assertThat(event.actorName()).isEqualTo("Platform Operator");
            assertThat(event.detailsAfter()).contains("Riverside Training");
        });

        assertThat(sendingDomains.withdraw(riverside, domain)).isTrue();
        assertThat(sendingDomains.withdraw(riverside, domain)).isFalse();
        assertThat(sendingDomains.approvedFor(riverside)).noneMatch(d -> d.domain().equals(domain));
        assertThat(eventsAbout(domain)).extracting(AuditRecord::action)
                .containsExactly("SENDING_DOMAIN_WITHDRAWN", "SENDING_DOMAIN_APPROVED");
    }

    @Test
    void a_malformed_domain_is_refused_with_a_clear_message_and_nothing_is_approved() {
        signIn(OPERATOR);
        int before = sendingDomains.approvedFor(riverside).size();

        assertThatThrownBy(() -> sendingDomains.approve(riverside, "https://riverside.example/"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("is not a domain name");

        assertThat(sendingDomains.approvedFor(riverside)).hasSize(before);
    }

    @Test
    void the_platforms_own_sending_domain_cannot_be_approved_for_a_provider() {
        signIn(OPERATOR);

        assertThatThrownBy(() -> sendingDomains.approve(riverside, "waymark.example"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("waymark.example is Waymark's own sending domain: a provider cannot send from it as itself.");
    }

    @Test
    void a_provider_admin_cannot_approve_a_domain_for_their_own_provider() {
        signIn(RIVERSIDE_ADMIN);

        assertThatThrownBy(() -> sendingDomains.approve(riverside, "riverside.example"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> sendingDomains.approvedFor(riverside)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_demo_approves_northfields_domain_through_the_operators_service() {
        signIn(OPERATOR);
        UUID northfield = jdbc.queryForObject("select id from tenant where slug = 'northfield'", UUID.class);

        assertThat(sendingDomains.approvedFor(northfield)).extracting(SendingDomains.ApprovedDomain::domain)
                .contains("northfield.example");
        assertThat(audit.latestPlatformEvents(10_000)).anySatisfy(event -> {
            assertThat(event.action()).isEqualTo("SENDING_DOMAIN_APPROVED");
            assertThat(event.detailsAfter()).contains("northfield.example");
        });
    }

    private List<AuditRecord> eventsAbout(String domain) {
        return audit.latestPlatformEvents(200).stream()
                .filter(event -> String.valueOf(event.detailsAfter()).contains(domain)
                        || String.valueOf(event.detailsBefore()).contains(domain))
                .toList();
    }
}
