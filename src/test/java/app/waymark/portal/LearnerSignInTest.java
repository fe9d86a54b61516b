package app.waymark.portal;

import app.waymark.IntegrationTest;
import app.waymark.MailedLinks;
import app.waymark.tenant.TenantService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Sign-in codes: sent only to the one active learner who holds the address, single use, 10 minutes, 5 tries, 3 an
 * hour per address, consumed atomically, and the same in every way for an address nobody holds.
 */
class LearnerSignInTest extends IntegrationTest {

    @Autowired
    LearnerSignIn signIn;
    @Autowired
    TenantService tenants;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transactions;

    PortalTestProvider provider;

    @BeforeEach
    void aProvider() {
        provider = PortalTestProvider.create(tenants, jdbc, transactions);
    }

    @Test
    void a_code_by_email_signs_the_learner_in_once_and_is_kept_only_as_a_salted_hash() {
        String address = PortalTestProvider.newAddress("Ann");
        UUID ann = provider.learner("Ann Marie", "Lark", address, null);

        signIn.send(provider.id, provider.slug, email(address.toUpperCase()));
        String code = PortalTestProvider.awaitCode(MAIL, address, 1);

        assertThat(MailedLinks.subjects(MAIL, address)).containsExactly("Your " + provider.name + " sign-in code");
        assertThat(MailedLinks.plainText(MAIL.receivedBy(address).getFirst())).startsWith("Hello Ann,")
                .contains("It works for 10 minutes").contains("/me/" + provider.slug + "/link/");
        assertThat(provider.count("select count(*) from learner_sign_in_code where code_hash = sha256(code_salt"
                + " || convert_to(?, 'UTF8')) and learner_id = ?", code, ann)).isEqualTo(1);
        assertThat(provider.count("select count(*) from learner_sign_in_code where encode(code_hash, 'escape') like ?"
                + " or encode(code_salt, 'escape') like ?", "%" + code + "%", "%" + code + "%")).isZero();

        assertThat(signIn.enterCode(provider.id, email(address), code)).isEqualTo(new LearnerSignIn.CodeCheck
                .SignedIn(ann));
        assertThat(signIn.enterCode(provider.id, email(address), code)).as("the same code again")
                .isEqualTo(new LearnerSignIn.CodeCheck.NoLongerValid());
    }

    @Test
    void a_code_by_text_message_goes_to_the_learners_uk_mobile() {
        String mobile = "+4477009" + String.format("%05d", (int) (Math.random() * 100_000));
        UUID learner = provider.learner("Bo", "Reed", null, mobile);

        signIn.send(provider.id, provider.slug, SignInRecipient.parse("0" + mobile.substring(3, 7) + " "
                + mobile.substring(7)).orElseThrow());

        String body = await().atMost(Duration.ofSeconds(20)).until(() -> VONAGE.smsRequests().stream()
                .map(request -> request.getBodyAsString())
                .filter(text -> text.contains("to=" + mobile.substring(1))).findFirst(), found -> found.isPresent())
                .orElseThrow();
        Matcher code = Pattern.compile("code\\+is\\+(\\d{6})").matcher(body);
        assertThat(code.find()).as("a code in %s", body).isTrue();
        assertThat(signIn.enterCode(provider.id, new SignInRecipient(SignInRecipient.Channel.SMS, mobile),
                code.group(1))).isEqualTo(new LearnerSignIn.CodeCheck.SignedIn(learner));
    }

    @Test
    void a_code_expires_after_ten_minutes() {
        String address = PortalTestProvider.newAddress("Cy");
        provider.learner("Cy", "Lark", address, null);
        signIn.send(provider.id, provider.slug, email(address));
        String code = PortalTestProvider.awaitCode(MAIL, address, 1);

        clock.advance(Duration.ofMinutes(10).plusSeconds(1));

        assertThat(signIn.enterCode(provider.id, email(address), code))
                .isEqualTo(new LearnerSignIn.CodeCheck.NoLongerValid());
        String link = PortalTestProvider.awaitLinkPath(MAIL, address, 1);
        assertThat(signIn.openLink(provider.id, MailedLinks.token(link))).as("the link expires with it").isEmpty();
    }

    @Test
    void five_wrong_codes_kill_the_code_even_the_right_one_after_them() {
        String address = PortalTestProvider.newAddress("Di");
        provider.learner("Di", "Lark", address, null);
        signIn.send(provider.id, provider.slug, email(address));
        String code = PortalTestProvider.awaitCode(MAIL, address, 1);
        String wrong = wrongCode(code);

        for (int i = 1; i <= 4; i++) {
            assertThat(signIn.enterCode(provider.id, email(address), wrong)).as("wrong code %d", i)
                    .isEqualTo(new LearnerSignIn.CodeCheck.Wrong());
        }
        assertThat(signIn.enterCode(provider.id, email(address), wrong)).as("the fifth wrong code")
                .isEqualTo(new LearnerSignIn.CodeCheck.TooManyTries());
        assertThat(signIn.enterCode(provider.id, email(address), code)).as("the right code after five wrong ones")
                .isEqualTo(new LearnerSignIn.CodeCheck.TooManyTries());
        assertThat(signIn.openLink(provider.id, MailedLinks.token(PortalTestProvider.awaitLinkPath(MAIL, address, 1))))
                .as("the link of a dead code").isEmpty();
    }

    @Test
    void four_wrong_codes_still_leave_the_right_one_working() {
        String address = PortalTestProvider.newAddress("Ed");
        UUID ed = provider.learner("Ed", "Lark", address, null);
        signIn.send(provider.id, provider.slug, email(address));
        String code = PortalTestProvider.awaitCode(MAIL, address, 1);
        for (int i = 1; i <= 4; i++) {
            signIn.enterCode(provider.id, email(address), wrongCode(code));
        }
        assertThat(signIn.enterCode(provider.id, email(address), code))
                .isEqualTo(new LearnerSignIn.CodeCheck.SignedIn(ed));
    }

    @Test
    void an_address_gets_at_most_three_codes_an_hour_and_only_the_newest_works() {
        String address = PortalTestProvider.newAddress("Flo");
        UUID flo = provider.learner("Flo", "Lark", address, null);

        for (int i = 0; i < 4; i++) {
            signIn.send(provider.id, provider.slug, email(address));
        }
        PortalTestProvider.awaitCode(MAIL, address, 3);
        assertThat(provider.count("select count(*) from learner_sign_in_code where learner_id = ?", flo))
                .isEqualTo(3);
        assertThat(provider.count("select count(*) from outbox_message where recipient = ? and kind = 'SIGN_IN_CODE'",
                address)).as("the fourth request within the hour sent nothing").isEqualTo(3);
        // The requests are worked off the request thread, so the mails need not arrive in the order the codes were
        // made: each code is tried, one signs in, and it is the newest code's row that was used.
        List<LearnerSignIn.CodeCheck> checks = PortalTestProvider.codesReceived(MAIL, address).stream()
                .map(code -> signIn.enterCode(provider.id, email(address), code)).toList();
        assertThat(checks).hasSize(3).filteredOn(check -> check instanceof LearnerSignIn.CodeCheck.SignedIn)
                .containsExactly(new LearnerSignIn.CodeCheck.SignedIn(flo));
        assertThat(checks).as("the older codes, tried before or after it").filteredOn(
                check -> !(check instanceof LearnerSignIn.CodeCheck.SignedIn)).hasSize(2).allMatch(
                check -> check instanceof LearnerSignIn.CodeCheck.Wrong
                        || check instanceof LearnerSignIn.CodeCheck.NoLongerValid);
        assertThat(provider.count("""
                select count(*) from learner_sign_in_code where used_at is not null and id = (select id
                from learner_sign_in_code where learner_id = ? order by created_at desc, id desc limit 1)""", flo))
                .as("the newest code was the one that signed in").isEqualTo(1);

        clock.advance(Duration.ofMinutes(61));
        signIn.send(provider.id, provider.slug, email(address));
        String fourth = PortalTestProvider.awaitCode(MAIL, address, 4);
        assertThat(signIn.enterCode(provider.id, email(address), fourth))
                .isEqualTo(new LearnerSignIn.CodeCheck.SignedIn(flo));
    }

    @Test
    void two_people_using_the_same_code_at_once_give_exactly_one_session() throws Exception {
        String address = PortalTestProvider.newAddress("Gus");
        UUID gus = provider.learner("Gus", "Lark", address, null);
        signIn.send(provider.id, provider.slug, email(address));
        String code = PortalTestProvider.awaitCode(MAIL, address, 1);

        CountDownLatch start = new CountDownLatch(1);
        Callable<LearnerSignIn.CodeCheck> enter = () -> {
            start.await();
            return signIn.enterCode(provider.id, email(address), code);
        };
        List<LearnerSignIn.CodeCheck> results;
        try (ExecutorService threads = Executors.newFixedThreadPool(2)) {
            Future<LearnerSignIn.CodeCheck> one = threads.submit(enter);
            Future<LearnerSignIn.CodeCheck> two = threads.submit(enter);
            start.countDown();
            results = List.of(one.get(), two.get());
        }

        assertThat(results).containsExactlyInAnyOrder(new LearnerSignIn.CodeCheck.SignedIn(gus),
                new LearnerSignIn.CodeCheck.NoLongerValid());
    }

    @Test
    void the_emailed_link_signs_in_once_and_not_after_the_code_was_used() {
        String address = PortalTestProvider.newAddress("Hal");
        UUID hal = provider.learner("Hal", "Lark", address, null);
        signIn.send(provider.id, provider.slug, email(address));
        String token = MailedLinks.token(PortalTestProvider.awaitLinkPath(MAIL, address, 1));

        assertThat(signIn.openLink(provider.id, token)).contains(hal);
        assertThat(signIn.openLink(provider.id, token)).as("the link again").isEmpty();
        assertThat(signIn.enterCode(provider.id, email(address), PortalTestProvider.awaitCode(MAIL, address, 1)))
                .as("the code of a used link").isEqualTo(new LearnerSignIn.CodeCheck.NoLongerValid());
        assertThat(signIn.openLink(provider.id, "A".repeat(43))).isEmpty();
    }

    @Test
    void an_address_nobody_holds_is_handled_like_a_known_one_and_nothing_is_sent() {
        String known = PortalTestProvider.newAddress("Ivy");
        provider.learner("Ivy", "Lark", known, null);
        String unknown = PortalTestProvider.newAddress("Nobody");
        for (String address : List.of(known, unknown)) {
            for (int i = 0; i < 4; i++) {
                signIn.send(provider.id, provider.slug, email(address));
            }
        }
        PortalTestProvider.awaitCode(MAIL, known, 3);

        assertThat(provider.count("select count(*) from learner_sign_in_code where recipient_hash = ?",
                email(unknown).hash())).as("codes stored, as for a known address").isEqualTo(3);
        assertThat(provider.count("select count(*) from outbox_message where recipient = ?", unknown)).isZero();
        assertThat(MAIL.receivedBy(unknown)).isEmpty();
        for (String address : List.of(known, unknown)) {
            List<LearnerSignIn.CodeCheck> answers = new java.util.ArrayList<>();
            for (int i = 0; i < 6; i++) {
                answers.add(signIn.enterCode(provider.id, email(address), "000000"));
            }
            assertThat(answers).as("answers to six wrong codes for %s", address).containsExactly(
                    new LearnerSignIn.CodeCheck.Wrong(), new LearnerSignIn.CodeCheck.Wrong(),
                    new LearnerSignIn.CodeCheck.Wrong(), new LearnerSignIn.CodeCheck.Wrong(),
                    new LearnerSignIn.CodeCheck.TooManyTries(), new LearnerSignIn.CodeCheck.TooManyTries());
        }
    }

    @Test
    void only_an_active_learner_who_alone_holds_the_address_gets_a_code() {
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Europe/London")));
        String leftLongAgo = PortalTestProvider.newAddress("Old");
        provider.learner("Old", "Lark", leftLongAgo, null, today.minusYears(1).minusDays(1));
        String leftRecently = PortalTestProvider.newAddress("Recent");
        UUID recent = provider.learner("Recent", "Lark", leftRecently, null, today.minusMonths(11));
        String died = PortalTestProvider.newAddress("Died");
        provider.contactPreference(provider.learner("Died", "Lark", died, null), "RUI", 5);
        String shared = PortalTestProvider.newAddress("Shared");
        provider.learner("Sam", "Lark", shared, null);
        provider.learner("Sue", "Lark", shared.toUpperCase(), null);

        for (String address : List.of(leftLongAgo, leftRecently, died, shared)) {
            signIn.send(provider.id, provider.slug, email(address));
        }

        assertThat(signIn.enterCode(provider.id, email(leftRecently),
                PortalTestProvider.awaitCode(MAIL, leftRecently, 1)))
                .isEqualTo(new LearnerSignIn.CodeCheck.SignedIn(recent));
        for (String address : List.of(leftLongAgo, died, shared)) {
            assertThat(provider.count("select count(*) from outbox_message where lower(recipient) = ?", address))
                    .as("messages to %s", address).isZero();
        }
    }

    @Test
    void a_learner_known_to_two_providers_signs_in_to_each_with_that_providers_code() {
        PortalTestProvider other = PortalTestProvider.create(tenants, jdbc, transactions);
        String address = PortalTestProvider.newAddress("Jo");
        UUID here = provider.learner("Jo", "Lark", address, null);
        UUID there = other.learner("Jo", "Lark", address, null);

        signIn.send(provider.id, provider.slug, email(address));
        String codeHere = PortalTestProvider.awaitCode(MAIL, address, 1);
        signIn.send(other.id, other.slug, email(address));
        String codeThere = PortalTestProvider.awaitCode(MAIL, address, 2);
        assertThat(MailedLinks.subjects(MAIL, address)).containsExactly("Your " + provider.name + " sign-in code",
                "Your " + other.name + " sign-in code");

        if (!codeHere.equals(codeThere)) {
            assertThat(signIn.enterCode(other.id, email(address), codeHere)).as("one provider's code at the other")
                    .isEqualTo(new LearnerSignIn.CodeCheck.Wrong());
        }
        assertThat(signIn.enterCode(provider.id, email(address), codeHere))
                .isEqualTo(new LearnerSignIn.CodeCheck.SignedIn(here));
        assertThat(signIn.enterCode(other.id, email(address), codeThere))
                .isEqualTo(new LearnerSignIn.CodeCheck.SignedIn(there));
    }

    private static SignInRecipient email(String address) {
        return SignInRecipient.parse(address).orElseThrow();
    }

    private static String wrongCode(String code) {
        return String.format("%06d", (Integer.parseInt(code) + 1) % 1_000_000);
    }
}
