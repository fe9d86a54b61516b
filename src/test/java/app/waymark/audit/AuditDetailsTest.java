package app.waymark.audit;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class AuditDetailsTest {

    @Test
    void changed_values_show_before_and_after_and_unchanged_ones_once() {
        AuditRecord record = new AuditRecord(1L, Instant.now(), "Priya Shah", AuditActions.USER_ROLES_CHANGED,
                "staff_user", "id", "{\"email\":\"a@b.example\",\"roles\":[\"Tutor\"]}",
                "{\"email\":\"a@b.example\",\"roles\":[\"ILR QA\",\"Tutor\"]}");
        assertThat(record.describeDetails()).isEqualTo("email: a@b.example; roles: Tutor → ILR QA, Tutor");
    }

    @Test
    void values_only_before_are_shown_as_removed_and_empty_lists_as_none() {
        AuditRecord record = new AuditRecord(1L, Instant.now(), "x", AuditActions.TENANT_RENAMED, "tenant", "id",
                "{\"name\":\"Old\",\"roles\":[]}", null);
        assertThat(record.describeDetails()).isEqualTo("name: Old → (none); roles: (none) → (none)");
    }
}
