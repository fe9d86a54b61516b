package app.waymark.notification;

import app.waymark.base.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SendingDomainNamesTest {

    @Test
    void a_typed_domain_is_kept_in_lower_case_without_spaces_or_a_trailing_dot() {
        assertThat(SendingDomainNames.normalise("  Northfield.AC.uk. ")).isEqualTo("northfield.ac.uk");
        assertThat(SendingDomainNames.normalise("mail-1.northfield.example")).isEqualTo("mail-1.northfield.example");
    }

    @Test
    void an_international_domain_is_kept_in_its_ascii_form() {
        assertThat(SendingDomainNames.normalise("bücher.example")).isEqualTo("xn--bcher-kva.example");
        assertThat(SendingDomainNames.domainOf("info@Bücher.example")).contains("xn--bcher-kva.example");
    }

    @ParameterizedTest
    @ValueSource(strings = {"northfield", "northfield..example", "-northfield.example", "northfield-.example",
            "https://northfield.example", "northfield.example/path", "north field.example", "192.168.0.1",
            "northfield.123", "northfield_college.example"})
    void what_is_not_a_domain_name_is_refused_with_a_message_that_says_what_a_domain_looks_like(String typed) {
        assertThatThrownBy(() -> SendingDomainNames.normalise(typed)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("is not a domain name").hasMessageContaining("such as northfield.ac.uk");
    }

    @Test
    void an_email_address_is_refused_with_the_part_to_enter_instead() {
        assertThatThrownBy(() -> SendingDomainNames.normalise("learners@northfield.example"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("\"learners@northfield.example\" is an email address: enter only the part after the @,"
                        + " such as northfield.example.");
    }

    @Test
    void an_empty_domain_is_refused() {
        assertThatThrownBy(() -> SendingDomainNames.normalise("  ")).isInstanceOf(InvalidInputException.class)
                .hasMessage("Enter a domain, such as northfield.ac.uk.");
    }

    @Test
    void a_label_longer_than_63_characters_is_refused() {
        assertThatThrownBy(() -> SendingDomainNames.normalise("a".repeat(64) + ".example"))
                .isInstanceOf(InvalidInputException.class);
        assertThat(SendingDomainNames.normalise("a".repeat(63) + ".example")).startsWith("aaa");
    }
}
