package app.waymark.ui;

import app.waymark.base.ui.AccessDeniedView;
import app.waymark.security.ui.LoginView;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class NavigationAndAccessTest extends KaribuTest {

    @Test
    void an_anonymous_visitor_is_sent_to_the_login_page() {
        UI.getCurrent().navigate("settings/users");
        _assertOne(LoginView.class);
    }

    @ParameterizedTest(name = "{0} sees {1}")
    @CsvSource(delimiter = ';', value = {
            "admin@northfield.example; Home|Learners|Trackers|Destinations|Skills Bootcamps|Users|API tokens|Branding|Messages|Audit trail|Destination tracking|Tracker settings|Bootcamp contracts",
            "mis@northfield.example; Home|Learners|Trackers|Destinations|Skills Bootcamps|ILR imports|To key into the MIS",
            "tutor@northfield.example; Home|Learners|Trackers",
            "tracker-create@northfield.example; Home|Learners|Trackers",
            "tracker-edit@northfield.example; Home|Learners|Trackers|Participants|Monitoring trackers",
            "tracker-preauthorise@northfield.example; Home|Learners|Trackers|Participants|Monitoring trackers",
            "tracker-process@northfield.example; Home|Learners|Trackers|Participants|Monitoring trackers|To key into the MIS",
            "ilr-qa@northfield.example; Home|Learners|Trackers",
            "work-coach@riverside.example; Home|Learners|Trackers|Participants|Monitoring trackers",
            "compliance@riverside.example; Home|Learners|Trackers|Participants|Monitoring trackers|To key into the MIS|Audit trail",
            "supervisor@riverside.example; Home|Learners|Trackers|Participants|Monitoring trackers",
            "operator@waymark.example; Home|Tenants|Jobs"})
    void each_demo_role_sees_exactly_its_menu_entries(String email, String expectedMenu) {
        signInToUi(email);
        List<String> labels = _get(SideNav.class, spec -> spec.withId("main-nav")).getItems().stream()
                .map(SideNavItem::getLabel).toList();
        assertThat(labels).containsExactly(expectedMenu.split("\\|"));
    }

    @Test
    void the_header_shows_the_users_organisation() {
        signInToUi("tutor@riverside.example");
        assertThat(_get(Span.class, spec -> spec.withId("organisation-name")).getText())
                .isEqualTo("Riverside Training");
    }

    @Test
    void a_tutor_typing_the_users_url_gets_access_denied_not_the_view() {
        signInToUi("tutor@northfield.example");
        UI.getCurrent().navigate("settings/users");
        _assertOne(AccessDeniedView.class);
        _assertNone(com.vaadin.flow.component.grid.Grid.class);
    }

    @Test
    void a_provider_admin_typing_the_tenants_url_gets_access_denied() {
        signInToUi("admin@northfield.example");
        UI.getCurrent().navigate("platform/tenants");
        _assertOne(AccessDeniedView.class);
    }

    @Test
    void a_provider_admin_typing_the_jobs_url_gets_access_denied() {
        signInToUi("admin@northfield.example");
        UI.getCurrent().navigate("platform/jobs");
        _assertOne(AccessDeniedView.class);
    }
}
