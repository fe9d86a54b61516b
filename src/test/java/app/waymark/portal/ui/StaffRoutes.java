package app.waymark.portal.ui;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.github.classgraph.ClassGraph;
import io.github.classgraph.ScanResult;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Every page of the application that needs a staff sign-in (no @AnonymousAllowed), by its address. */
final class StaffRoutes {

    /** Each staff route, with {@code id} for any route parameter (such as a learner's or a tracker's id). */
    static List<String> all(UUID id) {
        List<String> routes = new ArrayList<>();
        for (Class<?> view : routeClasses()) {
            if (!view.isAnnotationPresent(AnonymousAllowed.class)) {
                routes.add(path(view).replaceAll(":[A-Za-z]+", id.toString()));
            }
        }
        return routes;
    }

    /** Every class with @Route in the application, public or not. */
    static List<Class<?>> routeClasses() {
        try (ScanResult scan = new ClassGraph().enableClassInfo().enableAnnotationInfo().ignoreClassVisibility()
                .acceptPackages("app.waymark").scan()) {
            return scan.getClassesWithAnnotation(Route.class).loadClasses().stream()
                    .filter(view -> !view.getName().contains("Test")).toList();
        }
    }

    static String path(Class<?> view) {
        String value = view.getAnnotation(Route.class).value();
        if (value.equals(Route.NAMING_CONVENTION)) {
            throw new IllegalStateException(view + " takes its route from its name: give it one here");
        }
        return value;
    }

    private StaffRoutes() {
    }
}
