package app.waymark.portal.ui;

import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No address of the learner portal names a learner: every page under {@code me/} is a portal page, takes the
 * provider and at most a link's token from its address, and so can show only the learner of the browser's session.
 */
class PortalRoutesTest {

    private static final Pattern PARAMETER = Pattern.compile(":([A-Za-z]+)");

    @Test
    void portal_addresses_carry_the_provider_and_at_most_a_links_token_never_a_learner() {
        List<Class<?>> portalPages = StaffRoutes.routeClasses().stream()
                .filter(view -> StaffRoutes.path(view).startsWith("me/")).toList();

        assertThat(portalPages).contains(SignInPage.class, CodePage.class, SignInLinkPage.class, AboutYouPage.class);
        for (Class<?> page : portalPages) {
            String path = StaffRoutes.path(page);
            assertThat(path).as("%s", page).startsWith("me/:provider");
            assertThat(PortalPage.class).as("%s is a portal page", page).isAssignableFrom(page);
            assertThat(page.isAnnotationPresent(AnonymousAllowed.class)).as("%s is for learners", page).isTrue();
            Matcher parameter = PARAMETER.matcher(path);
            while (parameter.find()) {
                assertThat(parameter.group(1)).as("a parameter of %s", path).isIn(Set.of("provider", "token"));
            }
        }
        assertThat(StaffRoutes.routeClasses().stream().filter(PortalPage.class::isAssignableFrom)
                .map(StaffRoutes::path)).as("portal pages live under me/").allMatch(path -> path.startsWith("me/"));
    }
}
