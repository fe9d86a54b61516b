package app.waymark.learner;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * What the learner portal reads about a learner for the learner themselves, in the current provider: who may sign
 * in with an email address or mobile number, and "About you". No staff permission is checked: the caller has
 * established who the learner is (a signed-in learner session) and passes only that learner's id.
 * <p>
 * A learner may sign in while they are active: still on their programme (no leaving date: continuing or on a break)
 * or left no longer ago than {@code waymark.portal.sign-in-after-leaving} (a year by default: the destination survey,
 * its reminders and the outcome of their last requests fall within it), and never when the ILR says the learner has
 * died (RUI 5), since someone else may now read their email or phone.
 */
@Service
public class LearnerSelfService {

    /** The one active learner who holds an address, as a sign-in code greets them. */
    public record SignInMatch(UUID learnerId, String givenNames) {
    }

    /** The learner's details as the provider holds them. */
    public record AboutYou(String givenNames, String familyName, List<String> address, String postcode, String email,
                           String mobileE164, String otherPhone, String preferencesYear,
                           List<ContactPreference> preferences, List<Suppression> suppressions) {
    }

    /** An ILR contact preference: RUI (restricted use indicator) or PMC (preferred method of contact) and its code. */
    public record ContactPreference(String type, int code) {
    }

    /** A stop on messages the portal keeps itself (e.g. the learner unsubscribed from the destination survey). */
    public record Suppression(SuppressionChannel channel, String purpose) {
    }

    private static final ZoneId UK = ZoneId.of("Europe/London");
    private static final String ACTIVE = """
            (l.leaving_date is null or l.leaving_date >= ?)
            and not exists (select 1 from learner_contact_preference p
                            where p.learner_id = l.id and p.pref_type = 'RUI' and p.pref_code = 5)""";

    private final LearnerRepository learners;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Period signInAfterLeaving;

    LearnerSelfService(LearnerRepository learners, JdbcTemplate jdbc, Clock clock,
                       @Value("${waymark.portal.sign-in-after-leaving:P1Y}") Period signInAfterLeaving) {
        this.learners = learners;
        this.jdbc = jdbc;
        this.clock = clock;
        this.signInAfterLeaving = signInAfterLeaving;
    }

    /** The active learner with this email address (compared without regard to case), when exactly one has it. */
    @Transactional(readOnly = true)
    public Optional<SignInMatch> soleActiveLearnerWithEmail(String email) {
        return sole(jdbc.query("select l.id, l.given_names from learner l where lower(l.email) = ? and " + ACTIVE
                        + " limit 2", (rs, row) -> new SignInMatch(rs.getObject("id", UUID.class),
                        rs.getString("given_names")), email.strip().toLowerCase(Locale.ROOT), earliestLeavingDate()));
    }

    /** The active learner with this UK mobile number (E.164), when exactly one has it. */
    @Transactional(readOnly = true)
    public Optional<SignInMatch> soleActiveLearnerWithMobile(String mobileE164) {
        return sole(jdbc.query("select l.id, l.given_names from learner l where l.mobile_e164 = ? and " + ACTIVE
                        + " limit 2", (rs, row) -> new SignInMatch(rs.getObject("id", UUID.class),
                        rs.getString("given_names")), mobileE164, earliestLeavingDate()));
    }

    @Transactional(readOnly = true)
    public Optional<AboutYou> aboutYou(UUID learnerId) {
        return learners.findById(learnerId).map(learner -> new AboutYou(learner.givenNames(), learner.familyName(),
                Stream.of(learner.addLine1(), learner.addLine2(), learner.addLine3(),
                        learner.addLine4()).filter(line -> line != null && !line.isBlank()).toList(),
                learner.postcode(), learner.email(), learner.mobileE164(), otherPhone(learner),
                learner.contactPreferencesYear(),
                jdbc.query("""
                        select pref_type, pref_code from learner_contact_preference where learner_id = ?
                        order by pref_type desc, pref_code""",
                        (rs, row) -> new ContactPreference(rs.getString(1), rs.getInt(2)), learnerId),
                jdbc.query("""
                        select channel, purpose from learner_suppression where learner_id = ?
                        order by suppressed_at""",
                        (rs, row) -> new Suppression(SuppressionChannel.valueOf(rs.getString(1)), rs.getString(2)),
                        learnerId)));
    }

    /** The ILR telephone number when it is not the mobile already shown (a landline). */
    private static String otherPhone(Learner learner) {
        String telNo = learner.telNo();
        if (telNo == null || telNo.isBlank() || learner.mobileE164() != null) {
            return null;
        }
        return telNo;
    }

    private Date earliestLeavingDate() {
        return Date.valueOf(LocalDate.now(clock.withZone(UK)).minus(signInAfterLeaving));
    }

    private static Optional<SignInMatch> sole(List<SignInMatch> matches) {
        return matches.size() == 1 ? Optional.of(matches.getFirst()) : Optional.empty();
    }
}
