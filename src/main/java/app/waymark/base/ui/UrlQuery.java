package app.waymark.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Filters kept in the URL's query, so a filtered list can be bookmarked and shared. */
public final class UrlQuery {

    /** Shows {@code parameters} in the address bar without navigating. */
    public static void show(Component view, String route, Map<String, String> parameters) {
        view.getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null,
                new Location(route, QueryParameters.simple(parameters))));
    }

    /** Parameters to show, built in order. */
    public static Parameters parameters() {
        return new Parameters();
    }

    /** Query parameters in the order added; a null or empty value leaves its parameter out. */
    public static final class Parameters {

        private final Map<String, String> values = new LinkedHashMap<>();

        private Parameters() {
        }

        /** Adds {@code value} (a constant by its name, anything else as its text) unless it is null or empty. */
        public Parameters with(String name, Object value) {
            String text = value instanceof Enum<?> constant ? constant.name() : value == null ? null : value.toString();
            if (text != null && !text.isEmpty()) {
                values.put(name, text);
            }
            return this;
        }

        public Map<String, String> asMap() {
            return values;
        }
    }

    /** An ISO date from the query, or null when it is not one. */
    public static LocalDate date(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The constant of {@code type} the query names, or empty when it names none. */
    public static <E extends Enum<E>> Optional<E> constant(Class<E> type, String name) {
        try {
            return Optional.of(Enum.valueOf(type, name));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private UrlQuery() {
    }
}
