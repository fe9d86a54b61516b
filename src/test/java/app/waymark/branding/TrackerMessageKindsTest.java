package app.waymark.branding;

import app.waymark.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The tracker emails' default wording passes the editor's own check and previews in the provider's look. */
class TrackerMessageKindsTest extends IntegrationTest {

    @Autowired
    BrandedMessages messages;
    @Autowired
    MessageTemplates templates;

    @Test
    void the_tracker_update_and_summary_have_default_wording_that_saves_and_previews_with_every_placeholder() {
        signIn(NORTHFIELD_ADMIN);
        for (MessageKind kind : List.of(MessageKind.TRACKER_UPDATE, MessageKind.TRACKER_DIGEST)) {
            MessageWording.Draft wording = templates.current(kind).draft();
            assertThat(kind.sentBySms()).as("staff emails only").isFalse();
            assertThat(kind.unsubscribeAllowed()).isFalse();
            assertThat(templates.check(kind, wording)).isEmpty();
            RenderedMessage preview = messages.preview(kind, wording);
            assertThat(preview.subject() + preview.text()).doesNotContain("{").doesNotContain("}");
            assertThat(preview.html()).contains("background:#0b6e4f");
        }
        assertThat(messages.preview(MessageKind.TRACKER_UPDATE, templates.current(MessageKind.TRACKER_UPDATE)
                .draft()).subject()).isEqualTo("T-1042 Change of address for Aisha Khan");
    }
}
