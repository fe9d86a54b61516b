package app.waymark.base;

import com.vaadin.flow.i18n.DefaultI18NProvider;
import com.vaadin.flow.i18n.I18NProvider;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Text for people as a translation key in {@code vaadin-i18n/translations.properties} and its arguments. Numbers and
 * dates are passed as values and formatted by the message ({@code {0,number,#}}, {@code {0,date,d MMMM yyyy}}), not
 * spliced into English. {@link Sentence} is the older kin whose arguments are already formatted strings.
 */
public record Translatable(String key, List<Object> arguments) {

    /** The application's default translation (UK English), read as Vaadin reads it for a page. */
    private static final I18NProvider DEFAULT = new DefaultI18NProvider(List.of(Locale.UK),
            Translatable.class.getClassLoader());

    public Translatable {
        Objects.requireNonNull(key, "key");
        arguments = Collections.unmodifiableList(new ArrayList<>(arguments));
    }

    public static Translatable of(String key, Object... arguments) {
        return new Translatable(key, Arrays.asList(arguments));
    }

    /**
     * A day as a message argument: {@link java.text.MessageFormat} formats only {@link Date}s. Midnight in the JVM's
     * zone, the zone MessageFormat's date format uses, so the day printed is the day given.
     */
    public static Date day(LocalDate day) {
        return Date.from(day.atStartOfDay(ZoneId.systemDefault()).toInstant());
    }

    /** The text in the default translation (UK English), e.g. for logs and {@link Throwable#getMessage()}. */
    public String inDefaultLanguage() {
        return DEFAULT.getTranslation(key, Locale.UK, arguments.toArray());
    }
}
