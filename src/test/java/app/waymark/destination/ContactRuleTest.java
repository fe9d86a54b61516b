package app.waymark.destination;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class ContactRuleTest {

    private static Set<Integer> codes(String text) {
        return text.isBlank() ? Set.of() : Arrays.stream(text.split(" ")).map(Integer::valueOf)
                .collect(Collectors.toSet());
    }

    private static ContactRule.Decision decide(ContactRuleMode mode, String rui, String pmc) {
        return ContactRule.decide(mode, new ContactRule.Learner(codes(rui), codes(pmc), true, true, false, false));
    }

    /** Every row of DOMAIN.md's table, in both modes, for a learner with an email address and a UK mobile. */
    @ParameterizedTest(name = "RUI [{0}] PMC [{1}]: strict email={2} sms={3}, statutory email={4} sms={5}")
    @CsvSource({
            // RUI 2-5 (any PMC)
            "2,    ,    false, false, true,  true",
            "3,    ,    false, false, false, false",
            "4,    ,    false, false, false, false",
            "5,    ,    false, false, false, false",
            "2,    4 5 6, false, false, true, true",
            "1 4,  ,    false, false, false, false",
            // none of RUI 2-5, PMC 2 (no telephone) and not 3: no SMS in either mode
            ",     2,   true,  false, true,  false",
            "1,    2 4, true,  false, true,  false",
            // none of RUI 2-5, PMC 3 (no email) and not 2: no email in either mode
            ",     3,   false, true,  false, true",
            "6 7,  3 5, false, true,  false, true",
            // none of RUI 2-5, PMC 2 and 3: neither channel in either mode
            ",     2 3, false, false, false, false",
            // none of RUI 2-5, neither PMC 2 nor 3
            ",     ,    true,  true,  true,  true",
            "1 6 7, 1 4 5 6, true, true, true, true"})
    void statutory_mode_blocks_only_rui_3_4_5_but_honours_pmc_no_email_and_no_telephone_as_strict_does(
            String rui, String pmc, boolean strictEmail, boolean strictSms, boolean statutoryEmail,
            boolean statutorySms) {
        ContactRule.Decision strict = decide(ContactRuleMode.STRICT, rui == null ? "" : rui, pmc == null ? "" : pmc);
        ContactRule.Decision statutory = decide(ContactRuleMode.STATUTORY, rui == null ? "" : rui,
                pmc == null ? "" : pmc);

        assertThat(strict.email()).as("strict email").isEqualTo(strictEmail);
        assertThat(strict.sms()).as("strict sms").isEqualTo(strictSms);
        assertThat(statutory.email()).as("statutory email").isEqualTo(statutoryEmail);
        assertThat(statutory.sms()).as("statutory sms").isEqualTo(statutorySms);
        assertThat(strict.reasons().isEmpty()).isEqualTo(strict.contactable());
    }

    @Test
    void a_blocking_rui_is_named_in_the_reason() {
        assertThat(InEnglish.of(decide(ContactRuleMode.STRICT, "4", "").reasons()))
                .containsExactly("ILR restricted use indicator RUI 4: not to be contacted for surveys");
    }

    @Test
    void no_valid_email_means_no_email_and_no_mobile_means_no_sms() {
        var onlySms = ContactRule.decide(ContactRuleMode.STRICT,
                new ContactRule.Learner(Set.of(), Set.of(), false, true, false, false));
        var onlyEmail = ContactRule.decide(ContactRuleMode.STRICT,
                new ContactRule.Learner(Set.of(), Set.of(), true, false, false, false));
        var none = ContactRule.decide(ContactRuleMode.STATUTORY,
                new ContactRule.Learner(Set.of(), Set.of(), false, false, false, false));

        assertThat(onlySms.email()).isFalse();
        assertThat(onlySms.sms()).isTrue();
        assertThat(onlyEmail.email()).isTrue();
        assertThat(onlyEmail.sms()).isFalse();
        assertThat(none.contactable()).isFalse();
        assertThat(InEnglish.of(none.reasons())).containsExactly("no valid email address", "no UK mobile number");
    }

    @Test
    void the_portals_own_suppression_wins_whatever_the_ilr_allows() {
        var unsubscribed = ContactRule.decide(ContactRuleMode.STATUTORY,
                new ContactRule.Learner(Set.of(7), Set.of(5, 6), true, true, true, true));
        var emailOnlySuppressed = ContactRule.decide(ContactRuleMode.STRICT,
                new ContactRule.Learner(Set.of(), Set.of(), true, true, true, false));

        assertThat(unsubscribed.contactable()).isFalse();
        assertThat(InEnglish.of(unsubscribed.reasons())).containsExactly("unsubscribed from survey emails",
                "unsubscribed from survey SMS");
        assertThat(emailOnlySuppressed.email()).isFalse();
        assertThat(emailOnlySuppressed.sms()).isTrue();
    }

    @Test
    void strict_pmc_3_with_no_mobile_leaves_nothing_and_says_both_reasons() {
        var decision = ContactRule.decide(ContactRuleMode.STRICT,
                new ContactRule.Learner(Set.of(), Set.of(3), true, false, false, false));

        assertThat(decision.contactable()).isFalse();
        assertThat(InEnglish.of(decision.reasons())).containsExactly("ILR preferred method of contact PMC 3: no email",
                "no UK mobile number");
    }
}
