package app.waymark.restart;

import app.waymark.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.IOException;
import java.io.InputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** A DWP referral file adds all its participants or, with any problem, none, saying where each problem is. */
class ReferralImportTest extends IntegrationTest {

    static final String NORTHFIELD_COACH = "work-coach@northfield.example";

    @Autowired
    Participants participants;

    @Test
    void a_good_file_adds_every_participant_and_the_same_file_again_adds_none() throws IOException {
        signIn(NORTHFIELD_COACH);
        long before = participants.count(ParticipantFilter.all());

        ReferralImport first = importFile("referrals-sample.csv");
        assertThat(first.problems()).isEmpty();
        assertThat(first.added()).isEqualTo(20);
        assertThat(participants.count(ParticipantFilter.all())).isEqualTo(before + 20);
        assertThat(participants.list(new ParticipantFilter(null, true), 0, 100))
                .as("lines naming the work coach are in their caseload").hasSizeGreaterThanOrEqualTo(10);

        ReferralImport again = importFile("referrals-sample.csv");
        assertThat(again.added()).isZero();
        assertThat(again.problems()).hasSize(20).allSatisfy(problem -> {
            assertThat(problem.column()).isEqualTo("National Insurance number");
            assertThat(problem.message()).contains("already a participant");
        });
        assertThat(participants.count(ParticipantFilter.all())).isEqualTo(before + 20);
    }

    @Test
    void a_file_with_problems_adds_nobody_and_names_each_line_and_column() throws IOException {
        signIn("work-coach@riverside.example");
        long before = participants.count(ParticipantFilter.all());

        ReferralImport result = importFile("referrals-with-errors.csv");

        assertThat(result.added()).isZero();
        assertThat(result.problems()).extracting(ReferralProblem::line).containsOnly(3, 5, 6);
        assertThat(result.problems()).anySatisfy(problem -> {
            assertThat(problem.line()).isEqualTo(3);
            assertThat(problem.column()).isEqualTo("National Insurance number");
        });
        assertThat(participants.count(ParticipantFilter.all())).isEqualTo(before);
    }

    @Test
    void a_work_coach_the_provider_does_not_have_is_a_problem_on_its_line() throws IOException {
        signIn("work-coach@riverside.example");
        ReferralImport result = importFile("referrals-sample.csv");
        assertThat(result.added()).isZero();
        assertThat(result.problems()).isNotEmpty().allSatisfy(problem -> {
            assertThat(problem.column()).isEqualTo("Work coach email");
            assertThat(problem.message()).contains("work-coach@northfield.example", "not a work coach");
        });
    }

    private ReferralImport importFile(String name) throws IOException {
        try (InputStream csv = getClass().getResourceAsStream("/restart/" + name)) {
            return participants.importReferrals(name, csv);
        }
    }
}
