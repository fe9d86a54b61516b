package app.waymark.destination;

import app.waymark.destination.DestinationReport.OutcomeFilter;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The database keeps statuses, sources, flags and outcome types as text codes; each enum is the one list of them in
 * Java and parses them in one place. These checks fail when a code is added on one side only.
 */
class DatabaseCodesTest extends DestinationTest {

    private static final Pattern CODE = Pattern.compile("'([A-Z0-9_]+)'::text");

    @Test
    void every_outcome_type_the_database_allows_is_an_outcome_type_and_no_other() {
        assertThat(allowed("destination_record", "out_type")).isEqualTo(names(OutcomeType.values()));
    }

    @Test
    void every_survey_status_the_database_allows_is_a_survey_status_and_no_other() {
        assertThat(allowed("survey_invitation", "status")).isEqualTo(names(SurveyStatus.values()));
    }

    @Test
    void every_record_source_and_flag_the_database_allows_is_a_record_source_or_flag_and_no_other() {
        assertThat(allowed("destination_record", "source")).isEqualTo(names(RecordSource.values()));
        assertThat(allowed("destination_record", "flag")).isEqualTo(names(RecordFlag.values()));
    }

    @Test
    void every_contact_review_the_database_allows_is_a_contact_review_and_no_other() {
        assertThat(allowed("survey_response", "contact_review")).isEqualTo(names(ContactReview.values()));
    }

    @Test
    void every_outcome_type_has_its_codes_and_its_report_filter_and_the_positive_filter_is_the_positive_types() {
        for (OutcomeType type : OutcomeType.values()) {
            assertThat(Arrays.stream(OutcomeCode.values()).filter(code -> code.type() == type)).as(type.name())
                    .isNotEmpty();
            assertThat(OutcomeFilter.of(type).types()).containsExactly(type);
        }
        assertThat(OutcomeFilter.POSITIVE.types()).containsExactly(OutcomeType.EMP, OutcomeType.EDU,
                OutcomeType.VOL, OutcomeType.GAP, OutcomeType.SDE);
        assertThat(OutcomeFilter.ANY.types()).containsExactly(OutcomeType.values());
    }

    /** The codes a column's check constraint allows, read from the catalogue. */
    private Set<String> allowed(String table, String column) {
        List<String> checks = jdbc.queryForList("""
                select pg_get_constraintdef(c.oid) from pg_constraint c join pg_class t on t.oid = c.conrelid
                where t.relname = ? and c.contype = 'c' and pg_get_constraintdef(c.oid) like ?""", String.class,
                table, "%(" + column + " = ANY (ARRAY[%");
        assertThat(checks).as("the check constraint of " + table + "." + column).hasSize(1);
        Matcher codes = CODE.matcher(checks.getFirst());
        return codes.results().map(match -> match.group(1)).collect(Collectors.toSet());
    }

    private static Set<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).collect(Collectors.toSet());
    }
}
