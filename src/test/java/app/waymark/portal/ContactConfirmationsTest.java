package app.waymark.portal;

import app.waymark.IntegrationTest;
import app.waymark.MailedLinks;
import app.waymark.portal.ContactConfirmations.Channel;
import app.waymark.portal.ContactConfirmations.Result;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Codes that confirm a learner's new email address or mobile: sent through the outbox in the provider's wording,
 * single use, 10 minutes, 5 wrong tries, 3 an hour to one address, stored only as hashes.
 */
class ContactConfirmationsTest extends IntegrationTest {

    @Autowired
    ContactConfirmations confirmations;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transactions;

    PortalTestLearners riverside;
    UUID learner;

    @BeforeEach
    void aRiversideLearner() {
        SecurityContextHolder.clearContext();
        riverside = new PortalTestLearners(jdbc, transactions);
        learner = riverside.learner("WM00000291");
    }

    @Test
    void a_code_goes_to_the_new_address_in_the_providers_wording_is_stored_only_as_a_hash_and_works_once() {
        String address = PortalTestLearners.newEmail("kit");
        ContactConfirmations.Sent sent = (ContactConfirmations.Sent) riverside.inRiverside(() ->
                confirmations.send(learner, Channel.EMAIL, address));

        MimeMessage email = await().atMost(Duration.ofSeconds(30)).until(() -> MAIL.receivedBy(address),
                messages -> !messages.isEmpty()).getFirst();
        String text = MailedLinks.plainText(email);
        assertThat(text).contains("You asked Riverside Training to contact you at this email address")
                .contains("The code works for 10 minutes.");
        String code = PortalTestLearners.code(text);
        Map<String, Object> row = riverside.inRiverside(() -> jdbc.queryForMap(
                "select * from contact_confirmation_code where id = ?", sent.codeId()));
        assertThat(row.values()).noneSatisfy(value -> assertThat(String.valueOf(value)).contains(code))
                .noneSatisfy(value -> assertThat(String.valueOf(value)).containsIgnoringCase(address));
        assertThat(sent.expiresAt()).isEqualTo(clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS)
                .plus(Duration.ofMinutes(10)));

        assertThat(confirm(sent, address, "000000".equals(code) ? "000001" : "000000").result())
                .isEqualTo(Result.WRONG);
        assertThat(confirm(sent, address.toUpperCase(), code).result()).isEqualTo(Result.CONFIRMED);
        assertThat(confirm(sent, address, code).result()).as("used once").isEqualTo(Result.USED);
    }

    @Test
    void a_code_expires_after_10_minutes() {
        String address = PortalTestLearners.newEmail("lou");
        ContactConfirmations.Sent sent = send(address);
        String code = PortalTestLearners.codeEmailed(MAIL, address, 1);

        clock.advance(Duration.ofMinutes(10));

        assertThat(confirm(sent, address, code).result()).isEqualTo(Result.EXPIRED);
    }

    @Test
    void the_fifth_wrong_try_ends_the_code_even_for_the_right_code_afterwards() {
        String address = PortalTestLearners.newEmail("mae");
        ContactConfirmations.Sent sent = send(address);
        String code = PortalTestLearners.codeEmailed(MAIL, address, 1);
        String wrong = code.equals("123456") ? "654321" : "123456";

        List<ContactConfirmations.Check> tries = java.util.stream.IntStream.range(0, 5)
                .mapToObj(i -> confirm(sent, address, wrong)).toList();

        assertThat(tries).extracting(ContactConfirmations.Check::triesLeft).containsExactly(4, 3, 2, 1, 0);
        assertThat(tries.getLast().result()).isEqualTo(Result.TOO_MANY_WRONG);
        assertThat(confirm(sent, address, code).result()).isEqualTo(Result.TOO_MANY_WRONG);
    }

    @Test
    void an_address_gets_at_most_3_codes_an_hour_and_a_new_code_ends_the_earlier_one() {
        String mobile = PortalTestLearners.newMobile();
        List<ContactConfirmations.Sending> sendings = java.util.stream.IntStream.range(0, 4)
                .mapToObj(i -> riverside.inRiverside(() -> confirmations.send(learner, Channel.SMS, mobile)))
                .toList();

        assertThat(sendings.subList(0, 3)).allSatisfy(sending ->
                assertThat(sending).isInstanceOf(ContactConfirmations.Sent.class));
        assertThat(sendings.get(3)).isInstanceOf(ContactConfirmations.TooManyCodes.class);
        String e164 = "+44" + mobile.replace(" ", "").substring(1);
        await().atMost(Duration.ofSeconds(30)).until(() -> smsTo(e164).size() >= 3);
        assertThat(smsTo(e164)).hasSize(3).allSatisfy(body -> assertThat(body)
                .contains("your+code+to+confirm+this+mobile+number+is"));
        ContactConfirmations.Sent first = (ContactConfirmations.Sent) sendings.getFirst();
        List<String> codes = smsTo(e164).stream().map(body -> PortalTestLearners.code(java.net.URLDecoder.decode(
                body.replaceAll("to=[0-9]+", ""), java.nio.charset.StandardCharsets.UTF_8))).toList();
        assertThat(codes).allSatisfy(code -> assertThat(riverside.inRiverside(() -> confirmations.confirm(
                first.codeId(), learner, Channel.SMS, mobile, code)).result()).as("a later code ends the first")
                .isEqualTo(Result.EXPIRED));

        clock.advance(Duration.ofMinutes(61));
        assertThat(riverside.inRiverside(() -> confirmations.send(learner, Channel.SMS, mobile)))
                .isInstanceOf(ContactConfirmations.Sent.class);
    }

    @Test
    void one_code_tried_at_the_same_moment_by_many_pages_confirms_exactly_once() throws Exception {
        String address = PortalTestLearners.newEmail("ned");
        ContactConfirmations.Sent sent = send(address);
        String code = PortalTestLearners.codeEmailed(MAIL, address, 1);
        int pages = 6;
        CyclicBarrier together = new CyclicBarrier(pages);
        ExecutorService pool = Executors.newFixedThreadPool(pages);
        try {
            List<Callable<Result>> tries = java.util.Collections.nCopies(pages, () -> {
                together.await();
                return confirm(sent, address, code).result();
            });
            List<Result> results = pool.invokeAll(tries).stream().map(ContactConfirmationsTest::get).toList();
            assertThat(results).filteredOn(Result.CONFIRMED::equals).hasSize(1);
            assertThat(results).filteredOn(result -> result != Result.CONFIRMED).containsOnly(Result.USED);
        } finally {
            pool.shutdownNow();
        }
    }

    private ContactConfirmations.Sent send(String address) {
        return (ContactConfirmations.Sent) riverside.inRiverside(() -> confirmations.send(learner, Channel.EMAIL,
                address));
    }

    private ContactConfirmations.Check confirm(ContactConfirmations.Sent sent, String address, String code) {
        return riverside.inRiverside(() -> confirmations.confirm(sent.codeId(), learner, Channel.EMAIL, address,
                code));
    }

    private static List<String> smsTo(String e164) {
        return VONAGE.smsRequests().stream().map(request -> request.getBodyAsString())
                .filter(body -> body.contains("to=" + e164.substring(1))).toList();
    }

    private static Result get(Future<Result> future) {
        try {
            return future.get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
