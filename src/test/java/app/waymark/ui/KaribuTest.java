package app.waymark.ui;

import app.waymark.IntegrationTest;
import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.Route;
import io.github.classgraph.ClassGraph;
import io.github.classgraph.ScanResult;
import com.vaadin.flow.server.VaadinServletRequest;
import kotlin.jvm.functions.Function0;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Server-side UI tests with Karibu: real views, services and database, no browser. Karibu has no servlet filters,
 * so signing in authenticates through the real provider and hands the result to Karibu's fake request.
 */
public abstract class KaribuTest extends IntegrationTest {

    private static Routes routes;

    @Autowired
    private ApplicationContext applicationContext;

    @BeforeAll
    static void discoverRoutes() {
        routes = new Routes().autoDiscoverViews("app.waymark");
        // Views are package-private (feature packages keep them internal); Karibu's discovery sees public ones only.
        try (ScanResult scan = new ClassGraph().enableClassInfo().enableAnnotationInfo().ignoreClassVisibility()
                .acceptPackages("app.waymark").scan()) {
            routes.getRoutes().addAll(scan.getClassesWithAnnotation(Route.class).loadClasses(Component.class));
        }
    }

    @BeforeEach
    void startVaadin() {
        Function0<UI> uiFactory = UI::new;
        MockVaadin.setup(uiFactory, new MockSpringServlet(routes, applicationContext, uiFactory));
    }

    @AfterEach
    void stopVaadin() {
        MockVaadin.tearDown();
    }

    /** Signs in as a demo user and opens the home page, as the browser would after the login form. */
    protected void signInToUi(String email) {
        signInToUi(email, demoPassword);
    }

    protected void signInToUi(String email, String password) {
        Authentication authentication = signIn(email, password);
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(authentication);
        // As Spring Security's request wrapper does: roles are those of whoever is signed in at the time of asking.
        request.setUserInRole((principal, role) -> {
            Authentication current = SecurityContextHolder.getContext().getAuthentication();
            return current != null && current.getAuthorities().stream()
                    .map(GrantedAuthority::getAuthority).anyMatch(("ROLE_" + role)::equals);
        });
        UI.getCurrent().navigate("");
    }
}
