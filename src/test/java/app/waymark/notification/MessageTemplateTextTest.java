package app.waymark.notification;

import app.waymark.base.InvalidInputException;
import app.waymark.notification.MessageTemplateText.Escaper;
import app.waymark.notification.MessageTemplateText.Placeholder;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MessageTemplateTextTest {

    private static final Set<String> ALLOWED = Set.of("learner.firstName", "provider.name", "survey.link",
            "survey.expiresOn", "unsubscribe.link");
    private static final String YOU_CAN_USE = "You can use: {learner.firstName}, {provider.name}, {survey.expiresOn},"
            + " {survey.link}, {unsubscribe.link}.";

    @Test
    void placeholders_are_found_with_their_line_column_and_offset() {
        String text = "Hi {learner.firstName},\nPlease rate {provider.name}: {survey.link}";

        assertThat(MessageTemplateText.placeholders(text)).containsExactly(
                new Placeholder("learner.firstName", 1, 4, 3),
                new Placeholder("provider.name", 2, 13, 36),
                new Placeholder("survey.link", 2, 30, 53));
        assertThat(text.substring(36)).startsWith("{provider.name}");
    }

    @Test
    void windows_and_old_mac_line_breaks_count_as_one_line_each() {
        String text = "a\r\nb\rc\n{survey.link}";

        assertThat(MessageTemplateText.placeholders(text)).containsExactly(new Placeholder("survey.link", 4, 1, 7));
    }

    @Test
    void columns_count_an_emoji_as_one_character_and_offsets_count_utf16_units() {
        String text = "\uD83C\uDF89 {learner.firstName}";

        assertThat(MessageTemplateText.placeholders(text))
                .containsExactly(new Placeholder("learner.firstName", 1, 3, 3));
    }

    @Test
    void doubled_braces_are_literal_braces_not_placeholders() {
        String text = "Use {{learner.firstName}} in JSON like {{\"a\": 1}} and {{{provider.name}}}";

        assertThat(MessageTemplateText.placeholders(text)).extracting(Placeholder::name)
                .containsExactly("provider.name");
        assertThatCode(() -> MessageTemplateText.requireKnown("body", text, ALLOWED)).doesNotThrowAnyException();
        assertThat(MessageTemplateText.render(text, Map.of("provider.name", "Acme"), Escaper.PLAIN_TEXT))
                .isEqualTo("Use {learner.firstName} in JSON like {\"a\": 1} and {Acme}");
    }

    @Test
    void known_placeholders_pass() {
        assertThatCode(() -> MessageTemplateText.requireKnown("body",
                "Dear {learner.firstName}, {provider.name} asks: {survey.link} (until {survey.expiresOn})."
                        + " Stop: {unsubscribe.link}", ALLOWED))
                .doesNotThrowAnyException();
        assertThatCode(() -> MessageTemplateText.requireKnown("body", "No placeholders at all.", Set.of()))
                .doesNotThrowAnyException();
    }

    @Test
    void an_unknown_placeholder_is_refused_with_its_position_and_the_allowed_ones() {
        String text = "Hello,\nDear learner {learner.nickname}, thanks.";

        assertThatThrownBy(() -> MessageTemplateText.requireKnown("body", text, ALLOWED))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("body"))
                .hasMessage("Unknown placeholder {learner.nickname} at line 2, column 14. " + YOU_CAN_USE);
    }

    @Test
    void every_unknown_placeholder_and_each_of_its_uses_is_listed() {
        String text = """
                Hi {learner.nickname}
                {provider.name} {course.title}
                x {course.title}
                {learner.nickname}""";

        assertThatThrownBy(() -> MessageTemplateText.requireKnown("subject", text, ALLOWED))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("Unknown placeholder {learner.nickname} at line 1, column 4 and line 4, column 1."
                        + " Unknown placeholder {course.title} at line 2, column 17 and line 3, column 3. "
                        + YOU_CAN_USE);
    }

    @Test
    void placeholder_names_are_case_sensitive() {
        assertThatThrownBy(() -> MessageTemplateText.requireKnown("body", "{Learner.FirstName}", ALLOWED))
                .hasMessageStartingWith("Unknown placeholder {Learner.FirstName} at line 1, column 1.");
    }

    @Test
    void an_unclosed_brace_is_refused_with_its_position() {
        assertThatThrownBy(() -> MessageTemplateText.requireKnown("body", "Hi\nDear {learner.firstName", ALLOWED))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("body"))
                .hasMessage("There is a { at line 2, column 6 without a closing }. To show a brace itself, type it"
                        + " twice: {{ or }}. " + YOU_CAN_USE);
    }

    @Test
    void a_brace_closed_only_on_a_later_line_or_after_another_brace_is_unclosed() {
        assertThatThrownBy(() -> MessageTemplateText.requireKnown("body", "{learner.\nfirstName}", ALLOWED))
                .hasMessageStartingWith("There is a { at line 1, column 1 without a closing }.")
                .hasMessageContaining("There is a } at line 2, column 10 without an opening {.");
        assertThatThrownBy(() -> MessageTemplateText.requireKnown("body", "{a {provider.name}", ALLOWED))
                .hasMessageStartingWith("There is a { at line 1, column 1 without a closing }.");
    }

    @Test
    void a_stray_closing_brace_is_refused() {
        assertThatThrownBy(() -> MessageTemplateText.requireKnown("body", "Smile :}", ALLOWED))
                .hasMessageStartingWith("There is a } at line 1, column 8 without an opening {.");
    }

    @Test
    void an_empty_placeholder_is_refused() {
        assertThatThrownBy(() -> MessageTemplateText.requireKnown("body", "Hello {} there", ALLOWED))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("There is an empty {} at line 1, column 7: put a placeholder name between"
                        + " the braces, or type {{}} to show the braces themselves.");
    }

    @Test
    void a_placeholder_name_with_spaces_or_digits_is_refused() {
        assertThatThrownBy(() -> MessageTemplateText.requireKnown("body", "{ learner.firstName } {survey.link2}",
                ALLOWED))
                .hasMessageStartingWith("{ learner.firstName } at line 1, column 1 is not a placeholder: a placeholder"
                        + " name is letters and dots, such as {learner.firstName}.")
                .hasMessageContaining("{survey.link2} at line 1, column 23 is not a placeholder");
    }

    @Test
    void syntax_problems_and_unknown_placeholders_are_reported_together() {
        assertThatThrownBy(() -> MessageTemplateText.requireKnown("body", "{x.y} and {", ALLOWED))
                .hasMessage("There is a { at line 1, column 11 without a closing }. To show a brace itself, type it"
                        + " twice: {{ or }}. Unknown placeholder {x.y} at line 1, column 1. " + YOU_CAN_USE);
    }

    @Test
    void text_that_may_not_have_placeholders_says_so() {
        assertThatThrownBy(() -> MessageTemplateText.requireKnown("subject", "Hi {learner.firstName}", Set.of()))
                .hasMessage("Unknown placeholder {learner.firstName} at line 1, column 4."
                        + " This text cannot contain placeholders.");
    }

    @Test
    void render_replaces_placeholders_with_values() {
        String template = "Hi {learner.firstName},\nfrom {provider.name} ({learner.firstName})";

        String rendered = MessageTemplateText.render(template,
                Map.of("learner.firstName", "Aled", "provider.name", "Acme Training"), Escaper.PLAIN_TEXT);

        assertThat(rendered).isEqualTo("Hi Aled,\nfrom Acme Training (Aled)");
    }

    @Test
    void render_escapes_a_hostile_value_for_html_but_not_the_template_text() {
        String rendered = MessageTemplateText.render("<p>Hi {learner.firstName} & welcome</p>",
                Map.of("learner.firstName", "<script>alert('x')</script> \"Tom\" & Co"), Escaper.HTML);

        assertThat(rendered).isEqualTo("<p>Hi &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &quot;Tom&quot;"
                + " &amp; Co & welcome</p>");
    }

    @Test
    void plain_text_rendering_leaves_values_as_they_are() {
        assertThat(MessageTemplateText.render("{provider.name}", Map.of("provider.name", "A&B <Ltd>"),
                Escaper.PLAIN_TEXT)).isEqualTo("A&B <Ltd>");
    }

    @Test
    void a_value_is_inserted_once_and_never_read_as_template_text() {
        assertThat(MessageTemplateText.render("{learner.firstName}", Map.of("learner.firstName", "{provider.name}}"),
                Escaper.PLAIN_TEXT)).isEqualTo("{provider.name}}");
    }

    @Test
    void rendering_without_a_value_for_a_placeholder_is_a_programming_error() {
        assertThatThrownBy(() -> MessageTemplateText.render("Hi\n  {learner.firstName}", Map.of(), Escaper.HTML))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("No value for placeholder {learner.firstName} at line 2, column 3");
    }

    @Test
    void rendering_a_malformed_template_is_a_programming_error() {
        assertThatThrownBy(() -> MessageTemplateText.render("Hi {", Map.of(), Escaper.PLAIN_TEXT))
                .isInstanceOf(IllegalArgumentException.class)
                .isNotInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("Malformed template: There is a { at line 1, column 4");
    }

    @Test
    void a_custom_escaper_can_be_a_lambda() {
        assertThat(MessageTemplateText.render("[{provider.name}]", Map.of("provider.name", "acme"),
                value -> value.replace("c", "k"))).isEqualTo("[akme]");
    }

    @Test
    void malformed_braces_are_skipped_when_listing_placeholders() {
        assertThat(MessageTemplateText.placeholders("{} {bad name} {provider.name} {"))
                .containsExactly(new Placeholder("provider.name", 1, 15, 14));
    }
}
