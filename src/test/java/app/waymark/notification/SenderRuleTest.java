package app.waymark.notification;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class SenderRuleTest {

    private static final NotificationProperties.Email PLATFORM =
            new NotificationProperties.Email("no-reply@waymark.example", "Waymark");

    @Test
    void an_address_on_an_unapproved_domain_goes_from_the_platform_with_the_providers_name_and_its_address_as_reply_to() {
        EmailSender sender = SenderRule.decide(new OutgoingEmail.Sender("Northfield College",
                "learners@northfield.example", null), Set.of(), PLATFORM);

        assertThat(sender.address()).isEqualTo("no-reply@waymark.example");
        assertThat(sender.name()).isEqualTo("Northfield College");
        assertThat(sender.replyTo()).isEqualTo("learners@northfield.example");
        assertThat(sender.basis()).isEqualTo(EmailSender.Basis.DOMAIN_NOT_APPROVED);
        assertThat(sender.requestedDomain()).isEqualTo("northfield.example");
    }

    @Test
    void an_unapproved_provider_keeps_its_own_reply_to_when_it_set_one() {
        EmailSender sender = SenderRule.decide(new OutgoingEmail.Sender("Northfield College",
                "learners@northfield.example", "help@northfield.example"), Set.of("riverside.example"), PLATFORM);

        assertThat(sender.address()).isEqualTo("no-reply@waymark.example");
        assertThat(sender.replyTo()).isEqualTo("help@northfield.example");
    }

    @Test
    void an_address_on_an_approved_domain_is_the_from_address_with_the_providers_reply_to() {
        EmailSender sender = SenderRule.decide(new OutgoingEmail.Sender("Northfield College",
                "learners@northfield.example", "help@northfield.example"), Set.of("northfield.example"), PLATFORM);

        assertThat(sender.address()).isEqualTo("learners@northfield.example");
        assertThat(sender.name()).isEqualTo("Northfield College");
        assertThat(sender.replyTo()).isEqualTo("help@northfield.example");
        assertThat(sender.basis()).isEqualTo(EmailSender.Basis.OWN_APPROVED_DOMAIN);
    }

    @Test
    void the_domain_of_the_address_is_compared_without_regard_to_case() {
        EmailSender sender = SenderRule.decide(new OutgoingEmail.Sender(null, "Learners@NorthField.Example", null),
                Set.of("northfield.example"), PLATFORM);

        assertThat(sender.address()).isEqualTo("Learners@NorthField.Example");
        assertThat(sender.basis()).isEqualTo(EmailSender.Basis.OWN_APPROVED_DOMAIN);
    }

    @Test
    void an_approved_domain_does_not_cover_its_subdomains() {
        EmailSender sender = SenderRule.decide(new OutgoingEmail.Sender("Northfield College",
                "learners@mail.northfield.example", null), Set.of("northfield.example"), PLATFORM);

        assertThat(sender.address()).isEqualTo("no-reply@waymark.example");
        assertThat(sender.replyTo()).isEqualTo("learners@mail.northfield.example");
        assertThat(sender.requestedDomain()).isEqualTo("mail.northfield.example");
    }

    @Test
    void an_approved_subdomain_does_not_cover_its_parent_or_a_lookalike() {
        Set<String> approved = Set.of("mail.northfield.example");

        assertThat(SenderRule.decide(new OutgoingEmail.Sender(null, "learners@northfield.example", null), approved,
                PLATFORM).basis()).isEqualTo(EmailSender.Basis.DOMAIN_NOT_APPROVED);
        assertThat(SenderRule.decide(new OutgoingEmail.Sender(null, "a@evilmail.northfield.example", null),
                approved, PLATFORM).basis()).isEqualTo(EmailSender.Basis.DOMAIN_NOT_APPROVED);
        assertThat(SenderRule.decide(new OutgoingEmail.Sender(null, "a@mail.northfield.example", null), approved,
                PLATFORM).basis()).isEqualTo(EmailSender.Basis.OWN_APPROVED_DOMAIN);
    }

    @Test
    void a_provider_without_an_address_of_its_own_sends_from_the_platform_under_its_name_or_the_platforms() {
        EmailSender named = SenderRule.decide(new OutgoingEmail.Sender("Riverside Training", null, null), Set.of(),
                PLATFORM);
        EmailSender unnamed = SenderRule.decide(null, Set.of(), PLATFORM);

        assertThat(named.address()).isEqualTo("no-reply@waymark.example");
        assertThat(named.name()).isEqualTo("Riverside Training");
        assertThat(named.replyTo()).isNull();
        assertThat(named.basis()).isEqualTo(EmailSender.Basis.PLATFORM);
        assertThat(unnamed.name()).isEqualTo("Waymark");
        assertThat(unnamed.address()).isEqualTo("no-reply@waymark.example");
    }
}
