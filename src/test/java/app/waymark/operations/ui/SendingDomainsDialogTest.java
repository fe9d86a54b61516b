package app.waymark.operations.ui;

import app.waymark.audit.AuditRecord;
import app.waymark.notification.SendingDomains;
import app.waymark.tenant.TenantService;
import app.waymark.tenant.TenantSummary;
import app.waymark.ui.KaribuTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.stream.IntStream;

import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.clearNotifications;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.getNotifications;
import static org.assertj.core.api.Assertions.assertThat;

/** The operator approves and withdraws a provider's sending domains from the Tenants page (Riverside, restored after). */
class SendingDomainsDialogTest extends KaribuTest {

    @Autowired
    SendingDomains sendingDomains;
    @Autowired
    TenantService tenants;

    @AfterEach
    void withdrawRiversidesDomain() {
        signIn(OPERATOR);
        TenantSummary riverside = riverside();
        sendingDomains.approvedFor(riverside.id())
                .forEach(approved -> sendingDomains.withdraw(riverside.id(), approved.domain()));
    }

    @Test
    void the_operator_approves_a_domain_once_and_withdraws_it_each_on_the_platform_trail() {
        signInToUi(OPERATOR);
        UI.getCurrent().navigate("platform/tenants");
        assertThat(_getFormatted(tenantsGrid(), riversideRow(), "sending-domains")).isEqualTo("None: Waymark’s address");

        openDialogForRiverside();
        assertThat(_size(domainsGrid())).isZero();
        _setValue(domainField(), "Riverside.Example");
        _click(_get(Button.class, spec -> spec.withId("approve-domain")));

        assertThat(domainField().isInvalid()).isFalse();
        assertThat(domainField().getValue()).isEmpty();
        assertThat(_size(domainsGrid())).isEqualTo(1);
        assertThat(_getFormatted(domainsGrid(), 0, "domain")).isEqualTo("riverside.example");
        assertThat(notificationTexts()).contains(
                "riverside.example approved: Riverside Training can now send from its addresses at riverside.example");
        assertThat(_getFormatted(tenantsGrid(), riversideRow(), "sending-domains")).isEqualTo("riverside.example");
        assertThat(latestPlatformEvent().action()).isEqualTo("SENDING_DOMAIN_APPROVED");
        assertThat(latestPlatformEvent().describeDetails()).contains("riverside.example");
        long approvalsBefore = eventsOf("SENDING_DOMAIN_APPROVED");

        clearNotifications();
        _setValue(domainField(), "riverside.example");
        _click(_get(Button.class, spec -> spec.withId("approve-domain")));
        assertThat(notificationTexts()).contains("riverside.example was already approved for Riverside Training:"
                + " nothing changed");
        assertThat(_size(domainsGrid())).isEqualTo(1);
        assertThat(eventsOf("SENDING_DOMAIN_APPROVED")).isEqualTo(approvalsBefore);

        _click(_get(_getCellComponent(domainsGrid(), 0, "actions"), Button.class,
                spec -> spec.withId("withdraw-domain-riverside.example")));
        assertThat(_size(domainsGrid())).isZero();
        assertThat(_getFormatted(tenantsGrid(), riversideRow(), "sending-domains")).isEqualTo("None: Waymark’s address");
        assertThat(latestPlatformEvent().action()).isEqualTo("SENDING_DOMAIN_WITHDRAWN");
        assertThat(latestPlatformEvent().describeDetails()).contains("riverside.example");
    }

    @Test
    void a_malformed_domain_shows_what_is_wrong_on_the_field_and_approves_nothing() {
        signInToUi(OPERATOR);
        UI.getCurrent().navigate("platform/tenants");
        openDialogForRiverside();

        _setValue(domainField(), "learners@riverside.example");
        _click(_get(Button.class, spec -> spec.withId("approve-domain")));

        assertThat(domainField().isInvalid()).isTrue();
        assertThat(domainField().getErrorMessage()).isEqualTo("\"learners@riverside.example\" is an email address:"
                + " enter only the part after the @, such as riverside.example.");
        assertThat(_size(domainsGrid())).isZero();

        _setValue(domainField(), "riverside example");
        _click(_get(Button.class, spec -> spec.withId("approve-domain")));
        assertThat(domainField().getErrorMessage()).contains("is not a domain name");
        assertThat(_size(domainsGrid())).isZero();
    }

    private void openDialogForRiverside() {
        _click(_get(_getCellComponent(tenantsGrid(), riversideRow(), "actions"), Button.class,
                spec -> spec.withId("sending-domains-riverside")));
    }

    private TenantSummary riverside() {
        return tenants.findBySlug("riverside").orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static Grid<TenantSummary> tenantsGrid() {
        return _get(Grid.class, spec -> spec.withId("tenants-grid"));
    }

    private static int riversideRow() {
        Grid<TenantSummary> grid = tenantsGrid();
        return IntStream.range(0, _size(grid)).filter(i -> _get(grid, i).slug().equals("riverside")).findFirst()
                .orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static Grid<SendingDomains.ApprovedDomain> domainsGrid() {
        return _get(Grid.class, spec -> spec.withId("sending-domains-grid"));
    }

    private static TextField domainField() {
        return _get(TextField.class, spec -> spec.withId("sending-domain"));
    }

    @SuppressWarnings("unchecked")
    private static AuditRecord latestPlatformEvent() {
        Grid<AuditRecord> events = _get(Grid.class, spec -> spec.withId("platform-events"));
        return _get(events, 0);
    }

    @SuppressWarnings("unchecked")
    private static long eventsOf(String action) {
        Grid<AuditRecord> events = _get(Grid.class, spec -> spec.withId("platform-events"));
        return IntStream.range(0, _size(events)).mapToObj(i -> _get(events, i))
                .filter(event -> event.action().equals(action)).count();
    }

    private static List<String> notificationTexts() {
        return getNotifications().stream().map(com.github.mvysny.kaributools.NotificationsKt::getText).toList();
    }
}
