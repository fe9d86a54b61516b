package app.waymark.ui;

import app.waymark.MailedLinks;
import app.waymark.security.ProviderAdmins;
import app.waymark.tenant.TenantContext;
import app.waymark.tenant.TenantSummary;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.UUID;
import java.util.stream.IntStream;

import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

class TenantAdministrationTest extends KaribuTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactionManager;

    @Test
    void the_operator_registers_a_tenant_with_its_first_admin_who_is_invited_by_email() {
        signInToUi(OPERATOR);
        UI.getCurrent().navigate("platform/tenants");
        String slug = "karibu-" + UUID.randomUUID().toString().substring(0, 6);
        String admin = "first-" + slug + "@karibu.example";

        createTenant("Karibu Skills " + slug, slug, "2" + String.format("%07d", Math.abs(slug.hashCode()) % 10_000_000),
                "Kara Admin", admin);

        @SuppressWarnings("unchecked")
        Grid<TenantSummary> grid = _get(Grid.class, spec -> spec.withId("tenants-grid"));
        TenantSummary created = IntStream.range(0, _size(grid)).mapToObj(i -> _get(grid, i))
                .filter(t -> t.slug().equals(slug)).findFirst().orElseThrow();
        assertThat(created.name()).isEqualTo("Karibu Skills " + slug);
        assertThat(rolesOf(created.id())).isEqualTo(11);
        int row = IntStream.range(0, _size(grid)).filter(i -> _get(grid, i).slug().equals(slug)).findFirst()
                .orElseThrow();
        assertThat(_getFormatted(grid, row, "admins")).isEqualTo("None yet: 1 invited");
        assertThat(MailedLinks.awaitLink(MAIL, admin, "/invitation/", 1)).isNotBlank();

        _click(_get(_getCellComponent(grid, row, "actions"), Button.class, spec -> spec.withId("admins-" + slug)));
        @SuppressWarnings("unchecked")
        Grid<ProviderAdmins.Admin> admins = _get(Grid.class, spec -> spec.withId("provider-admins-grid"));
        assertThat(_size(admins)).isEqualTo(1);
        assertThat(_get(admins, 0).email()).isEqualTo(admin);
        assertThat(_getFormatted(admins, 0, "state")).startsWith("Invited (link works until ");
    }

    @Test
    void an_admin_email_already_in_use_is_refused_on_the_field_and_no_tenant_is_created() {
        signInToUi(OPERATOR);
        UI.getCurrent().navigate("platform/tenants");
        @SuppressWarnings("unchecked")
        Grid<TenantSummary> grid = _get(Grid.class, spec -> spec.withId("tenants-grid"));
        int before = _size(grid);

        createTenant("Taken Admin College", "taken-admin", "29999998", "Copy", "tutor@northfield.example");

        EmailField email = _get(EmailField.class, spec -> spec.withId("admin-email"));
        assertThat(email.isInvalid()).isTrue();
        assertThat(email.getErrorMessage()).isEqualTo("A user with the email tutor@northfield.example already exists");
        assertThat(_size(grid)).isEqualTo(before);
    }

    @Test
    void a_ukprn_already_registered_is_refused_on_the_field_and_nothing_is_created() {
        signInToUi(OPERATOR);
        UI.getCurrent().navigate("platform/tenants");
        @SuppressWarnings("unchecked")
        Grid<TenantSummary> grid = _get(Grid.class, spec -> spec.withId("tenants-grid"));
        int before = _size(grid);

        createTenant("Copy of Northfield", "copy-northfield", "99999999", "Copy Admin", "copy-admin@northfield.example");

        TextField ukprn = _get(TextField.class, spec -> spec.withId("tenant-ukprn"));
        assertThat(ukprn.isInvalid()).isTrue();
        assertThat(ukprn.getErrorMessage()).isEqualTo("UKPRN 99999999 is already registered to another tenant");
        assertThat(_size(grid)).isEqualTo(before);
    }

    private void createTenant(String name, String slug, String ukprn, String adminName, String adminEmail) {
        _click(_get(Button.class, spec -> spec.withId("create-tenant")));
        _setValue(_get(TextField.class, spec -> spec.withId("tenant-name")), name);
        _setValue(_get(TextField.class, spec -> spec.withId("tenant-slug")), slug);
        _setValue(_get(TextField.class, spec -> spec.withId("tenant-ukprn")), ukprn);
        _setValue(_get(TextField.class, spec -> spec.withId("admin-name")), adminName);
        _setValue(_get(EmailField.class, spec -> spec.withId("admin-email")), adminEmail);
        _click(_get(Button.class, spec -> spec.withId("tenant-save")));
    }

    private int rolesOf(UUID tenantId) {
        return TenantContext.callAs(tenantId, () -> new TransactionTemplate(transactionManager).execute(status ->
                jdbc.queryForObject("select count(*) from role where standard", Integer.class)));
    }
}
