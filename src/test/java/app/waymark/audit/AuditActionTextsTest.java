package app.waymark.audit;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/** The audit trail names every action in words: each action is listed for the trail's filter and has its text. */
class AuditActionTextsTest {

    @Test
    void every_audit_action_is_offered_in_the_filter_and_has_words_on_the_trail() throws IOException {
        var declared = Arrays.stream(AuditActions.class.getFields())
                .filter(field -> Modifier.isStatic(field.getModifiers()) && field.getType() == String.class)
                .map(AuditActionTextsTest::valueOf).toList();
        Properties texts = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/vaadin-i18n/translations.properties")) {
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }

        assertThat(AuditActions.ALL).as("AuditActions.ALL").containsExactlyInAnyOrderElementsOf(declared);
        assertThat(declared).as("actions without an audit.action.* text")
                .filteredOn(action -> texts.getProperty("audit.action." + action, "").isBlank()).isEmpty();
    }

    private static String valueOf(Field field) {
        try {
            return (String) field.get(null);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(field.getName(), e);
        }
    }
}
