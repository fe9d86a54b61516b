package app.waymark.base;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SecretLinksTest {

    @Test
    void survey_and_unsubscribe_links_keep_only_the_first_characters_of_their_token() {
        String token = SecretTokens.random();
        String text = "Answer at https://waymark.example/survey/" + token + " or stop at https://waymark.example/survey/"
                + token + "/unsubscribe.";

        String masked = SecretLinks.mask(text);

        assertThat(masked).doesNotContain(token)
                .isEqualTo("Answer at https://waymark.example/survey/" + token.substring(0, 4) + "… or stop at "
                        + "https://waymark.example/survey/" + token.substring(0, 4) + "…/unsubscribe.");
    }

    @Test
    void links_in_html_attributes_and_staff_links_are_masked_too() {
        String invitation = SecretTokens.random();
        String reset = SecretTokens.random();
        String html = "<a href=\"http://localhost:8080/invitation/" + invitation + "\">Join</a> "
                + "<a href='http://localhost:8080/password-reset/" + reset + "'>Reset</a>";

        assertThat(SecretLinks.mask(html)).doesNotContain(invitation).doesNotContain(reset)
                .contains("/invitation/" + invitation.substring(0, 4) + "…\"")
                .contains("/password-reset/" + reset.substring(0, 4) + "…'");
    }

    @Test
    void text_without_secret_links_is_left_as_it_is() {
        String text = "See https://waymark.example/settings/messages/outbox?status=SENT and /learners/0199a0b2-"
                + "7c3e-7f00-8a11-123456789abc, or the 44-character segment /" + "a".repeat(44) + ".";

        assertThat(SecretLinks.mask(text)).isEqualTo(text);
        assertThat(SecretLinks.mask(null)).isNull();
    }
}
