package app.waymark.restart;

import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class ReferralCsvTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    private static final String HEADER = "Given names,Family name,Date of birth,National Insurance number,Benefit,"
            + "Referral date,Email,Mobile,Address line 1,Postcode,Work coach email\n";
    /** A good line to vary one value of: {@code line("Date of birth", "x")}. */
    private static final String[] GOOD_VALUES = {"Amara", "Okafor", "14/03/1988", "JK123456A", "UC", "02/11/2026",
            "amara.okafor@example.com", "07700 900123", "12 Mill Lane", "LS6 2AB", "work-coach@northfield.example"};
    private static final String[] COLUMNS = HEADER.strip().split(",");

    @Test
    void a_good_file_with_quotes_crlf_a_byte_order_mark_and_both_date_forms_gives_every_referral() {
        String csv = "\uFEFF" + """
                Given names,Family name,Date of birth,National Insurance number,Benefit,Referral date,Email,Mobile,\
                Address line 1,Postcode,Work coach email
                "Mary Jane","O'Neill",07/02/1979,jk 12 34 56 a,Universal Credit,2026-11-02,mj.oneill@example.com,\
                07700 900123,"Flat 2, 14 Albion Street",ls1 6ab,work-coach@northfield.example
                "Tomasz ""Tom"" Jan",Nowak,1990-12-31,AB654321C,jsa,1/9/2026,,+44 7700 900456,,,
                """.replace("\n", "\r\n");

        ReferralFile file = read(csv);

        assertThat(file.problems()).isEmpty();
        assertThat(file.acceptable()).isTrue();
        assertThat(file.referrals()).containsExactly(
                new Referral(2, "Mary Jane", "O'Neill", LocalDate.of(1979, 2, 7), "JK123456A", Benefit.UC,
                        LocalDate.of(2026, 11, 2), "mj.oneill@example.com", "+447700900123",
                        "Flat 2, 14 Albion Street", "LS1 6AB", "work-coach@northfield.example"),
                new Referral(3, "Tomasz \"Tom\" Jan", "Nowak", LocalDate.of(1990, 12, 31), "AB654321C", Benefit.JSA,
                        LocalDate.of(2026, 9, 1), null, "+447700900456", null, null, null));
    }

    @Test
    void headers_match_whatever_their_case_spacing_and_order_and_optional_columns_may_be_left_out() {
        String csv = """
                  REFERRAL DATE ,benefit,nationalinsurancenumber,Date of Birth,FAMILY name,Given  Names,mobile
                02/11/2026,JSA,JK123456A,14/03/1988,Okafor,Amara,07700900123
                """;

        ReferralFile file = read(csv);

        assertThat(file.problems()).isEmpty();
        assertThat(file.referrals()).singleElement().satisfies(referral -> {
            assertThat(referral.givenNames()).isEqualTo("Amara");
            assertThat(referral.benefit()).isEqualTo(Benefit.JSA);
            assertThat(referral.mobileE164()).isEqualTo("+447700900123");
            assertThat(referral.email()).isNull();
            assertThat(referral.postcode()).isNull();
        });
    }

    @Test
    void benefits_are_read_from_their_short_and_long_names_in_any_case() {
        String csv = HEADER + IntStream.range(0, 6).mapToObj(i -> String.join(",", "Amara", "Okafor", "14/03/1988",
                        "JK12345" + i + "A", new String[]{"uc", "UNIVERSAL CREDIT", "Jsa", "Jobseeker's Allowance",
                                "jobseeker\u2019s allowance", "Jobseekers Allowance"}[i], "02/11/2026",
                        "a@example.com", "", "", "", ""))
                .collect(Collectors.joining("\n"));

        assertThat(read(csv).referrals()).extracting(Referral::benefit)
                .containsExactly(Benefit.UC, Benefit.UC, Benefit.JSA, Benefit.JSA, Benefit.JSA, Benefit.JSA);
    }

    @Test
    void a_benefit_names_its_dwp_compliance_doubt_form() {
        assertThat(Benefit.UC.formName()).isEqualTo("UCD603");
        assertThat(Benefit.JSA.formName()).isEqualTo("JSA603");
    }

    @Test
    void names_are_required_at_most_100_characters_and_without_control_characters() {
        assertThat(problemsWith("Given names", "")).containsExactly(
                tuple(2, "Given names", "Given names is empty: every referral needs it"));
        assertThat(problemsWith("Family name", "x".repeat(101))).containsExactly(
                tuple(2, "Family name", "Family name is 101 characters long: at most 100"));
        assertThat(problemsWith("Family name", "\"Okafor\tSmith\"")).containsExactly(tuple(2, "Family name",
                "Family name holds a control character (such as a tab or line break): remove it"));
        assertThat(problemsWith("Given names", "  " + "é".repeat(100) + "  ")).isEmpty();
    }

    @Test
    void a_date_of_birth_must_be_a_date_of_someone_aged_16_to_100() {
        assertThat(problemsWith("Date of birth", "31/02/1990")).containsExactly(tuple(2, "Date of birth",
                "\"31/02/1990\" is not a date: write it as 31/12/1990 or 1990-12-31"));
        assertThat(problemsWith("Date of birth", "14/03/88")).containsExactly(tuple(2, "Date of birth",
                "\"14/03/88\" is not a date: write it as 31/12/1990 or 1990-12-31"));
        assertThat(problemsWith("Date of birth", "02/12/2010")).containsExactly(tuple(2, "Date of birth",
                "02/12/2010 makes the participant 15: Restart is for people aged 16 or over"));
        assertThat(problemsWith("Date of birth", "1926-11-30")).containsExactly(tuple(2, "Date of birth",
                "1926-11-30 is more than 100 years ago: check the year"));
        assertThat(problemsWith("Date of birth", "2027-01-01")).containsExactly(tuple(2, "Date of birth",
                "2027-01-01 is in the future"));
        assertThat(problemsWith("Date of birth", "")).containsExactly(tuple(2, "Date of birth",
                "Date of birth is empty: every referral needs it"));
        assertThat(problemsWith("Date of birth", "01/12/2010")).as("16 today").isEmpty();
        assertThat(problemsWith("Date of birth", "1926-12-01")).as("100 today").isEmpty();
    }

    @Test
    void a_referral_date_must_be_a_date_not_in_the_future() {
        assertThat(problemsWith("Referral date", "02/12/2026")).containsExactly(tuple(2, "Referral date",
                "02/12/2026 is in the future (today is 01/12/2026)"));
        assertThat(problemsWith("Referral date", "next week")).containsExactly(tuple(2, "Referral date",
                "\"next week\" is not a date: write it as 31/12/1990 or 1990-12-31"));
        assertThat(problemsWith("Referral date", "2026-12-01")).isEmpty();
    }

    @Test
    void a_national_insurance_number_must_have_hmrcs_format_and_an_issued_prefix() {
        assertThat(problemsWith("National Insurance number", "AB12345")).containsExactly(
                tuple(2, "National Insurance number",
                        "AB12345 is not a National Insurance number (two letters, six digits and A, B, C or D, e.g. AB123456C)"));
        assertThat(problemsWith("National Insurance number", "AB123456E")).containsExactly(
                tuple(2, "National Insurance number",
                        "AB123456E is not a National Insurance number (two letters, six digits and A, B, C or D, e.g. AB123456C)"));
        assertThat(problemsWith("National Insurance number", "QQ123456C")).containsExactly(
                tuple(2, "National Insurance number",
                        "QQ123456C is not a National Insurance number: none starts with D, F, I, Q, U or V"));
        assertThat(problemsWith("National Insurance number", "AO123456C")).containsExactly(
                tuple(2, "National Insurance number", "AO123456C is not a National Insurance number: none has D, "
                        + "F, I, O, Q, U or V as its second letter"));
        assertThat(problemsWith("National Insurance number", "TN123456C")).containsExactly(
                tuple(2, "National Insurance number", "TN123456C is not a National Insurance number: none starts "
                        + "with BG, GB, KN, NK, NT, TN or ZZ"));
        assertThat(problemsWith("National Insurance number", "")).containsExactly(tuple(2,
                "National Insurance number", "National Insurance number is empty: every referral needs it"));
    }

    @Test
    void a_national_insurance_number_is_read_without_spaces_in_capitals() {
        ReferralFile file = read(HEADER + line("National Insurance number", " ab 12 34 56 c "));

        assertThat(file.referrals()).extracting(Referral::nationalInsuranceNumber).containsExactly("AB123456C");
    }

    @Test
    void a_national_insurance_number_already_in_the_file_is_a_problem_on_the_later_line_naming_the_first() {
        String csv = HEADER
                + line("National Insurance number", "JK123456A") + "\n"
                + line("National Insurance number", "AB654321C") + "\n"
                + line("National Insurance number", "jk 12 34 56 a") + "\n"
                + line("National Insurance number", "JK123456A");

        ReferralFile file = read(csv);

        assertThat(file.problems()).extracting(ReferralProblem::line, ReferralProblem::column,
                ReferralProblem::message).containsExactly(
                tuple(4, "National Insurance number", "JK123456A is also on line 2: one referral a participant"),
                tuple(5, "National Insurance number", "JK123456A is also on line 2: one referral a participant"));
        assertThat(file.referrals()).extracting(Referral::line).containsExactly(2, 3);
        assertThat(file.acceptable()).isFalse();
    }

    @Test
    void a_benefit_must_be_universal_credit_or_jobseekers_allowance() {
        assertThat(problemsWith("Benefit", "ESA")).containsExactly(tuple(2, "Benefit",
                "\"ESA\" is not a benefit Restart refers from: write UC (Universal Credit) or JSA (Jobseeker's "
                        + "Allowance)"));
        assertThat(problemsWith("Benefit", "")).containsExactly(tuple(2, "Benefit",
                "Benefit is empty: every referral needs it"));
    }

    @Test
    void emails_mobile_numbers_and_postcodes_must_be_plausible() {
        assertThat(problemsWith("Email", "amara.okafor@example")).containsExactly(tuple(2, "Email",
                "\"amara.okafor@example\" is not an email address"));
        assertThat(problemsWith("Mobile", "0113 496 0000")).containsExactly(tuple(2, "Mobile",
                "\"0113 496 0000\" is not a UK mobile number (such as 07700 900123)"));
        assertThat(problemsWith("Postcode", "LS1")).containsExactly(tuple(2, "Postcode",
                "\"LS1\" is not a UK postcode (such as LS1 4AB)"));
        assertThat(problemsWith("Work coach email", "work coach")).containsExactly(tuple(2, "Work coach email",
                "\"work coach\" is not an email address"));
        assertThat(problemsWith("Address line 1", "y".repeat(101))).containsExactly(tuple(2, "Address line 1",
                "Address line 1 is 101 characters long: at most 100"));
    }

    @Test
    void a_postcode_is_read_in_capitals_with_one_space_before_the_inward_code() {
        String csv = HEADER + line("Postcode", "ls62ab") + "\n"
                + line("National Insurance number", "AB654321C", "Postcode", " sw1a   1aa ");

        assertThat(read(csv).referrals()).extracting(Referral::postcode).containsExactly("LS6 2AB", "SW1A 1AA");
    }

    @Test
    void a_referral_without_an_email_address_or_mobile_number_is_a_problem() {
        assertThat(problemsWith("Email", "", "Mobile", "")).containsExactly(tuple(2, "Email",
                "Neither an email address nor a mobile number: give at least one"));
        assertThat(problemsWith("Email", "")).isEmpty();
        assertThat(problemsWith("Mobile", "")).isEmpty();
    }

    @Test
    void every_problem_of_every_line_is_reported_and_the_good_lines_are_still_read() {
        String csv = HEADER
                + line("Given names", "", "Benefit", "PIP", "Postcode", "nowhere") + "\n"
                + line("National Insurance number", "AB654321C") + "\n"
                + line("National Insurance number", "CE111111A", "Date of birth", "yesterday", "Email", "",
                "Mobile", "");

        ReferralFile file = read(csv);

        assertThat(file.problems()).extracting(ReferralProblem::line, ReferralProblem::column).containsExactly(
                tuple(2, "Given names"), tuple(2, "Benefit"), tuple(2, "Postcode"),
                tuple(4, "Date of birth"), tuple(4, "Email"));
        assertThat(file.referrals()).extracting(Referral::line).containsExactly(3);
        assertThat(file.acceptable()).isFalse();
    }

    @Test
    void missing_required_columns_are_problems_on_line_1_and_the_other_columns_are_still_checked() {
        String csv = """
                Given names,Date of birth,Benefit,Postcode
                Amara,14/03/1988,UC,LS1
                """;

        ReferralFile file = read(csv);

        assertThat(file.problems()).extracting(ReferralProblem::line, ReferralProblem::column,
                ReferralProblem::message).containsExactly(
                tuple(1, "Family name", "The column Family name is missing"),
                tuple(1, "National Insurance number", "The column National Insurance number is missing"),
                tuple(1, "Referral date", "The column Referral date is missing"),
                tuple(1, "Email", "Neither an Email nor a Mobile column: each referral needs at least one of them"),
                tuple(2, "Postcode", "\"LS1\" is not a UK postcode (such as LS1 4AB)"));
        assertThat(file.referrals()).isEmpty();
    }

    @Test
    void an_unknown_or_repeated_column_is_a_problem_on_line_1() {
        String csv = HEADER.strip() + ",Phone,EMAIL\n" + line() + ",0113 496 0000,other@example.com";

        ReferralFile file = read(csv);

        assertThat(file.problems()).extracting(ReferralProblem::line, ReferralProblem::column,
                ReferralProblem::message).containsExactly(
                tuple(1, "Phone", "Unknown column \"Phone\": the columns are Given names, Family name, Date of "
                        + "birth, National Insurance number, Benefit, Referral date, Email, Mobile, Address line 1, "
                        + "Postcode, Work coach email"),
                tuple(1, "Email", "The column Email appears twice (columns 7 and 13)"));
        assertThat(file.acceptable()).isFalse();
    }

    @Test
    void a_value_in_a_column_without_a_header_is_a_problem_but_empty_ones_are_not() {
        String csv = HEADER.strip() + ",\n" + line() + ",\n"
                + line("National Insurance number", "AB654321C") + ",,\n"
                + line("National Insurance number", "CE111111A") + ",,stray";

        ReferralFile file = read(csv);

        assertThat(file.problems()).extracting(ReferralProblem::line, ReferralProblem::column,
                ReferralProblem::message).containsExactly(
                tuple(4, "", "A value (\"stray\") in column 13, which has no header"));
        assertThat(file.referrals()).extracting(Referral::line).containsExactly(2, 3);
    }

    @Test
    void empty_lines_at_the_end_are_left_out_and_empty_lines_between_referrals_are_problems() {
        String csv = HEADER + line() + "\n\n,,,,,,,,,,\n"
                + line("National Insurance number", "AB654321C") + "\n\n  \n,,,,\n\n";

        ReferralFile file = read(csv);

        assertThat(file.problems()).extracting(ReferralProblem::line, ReferralProblem::column,
                ReferralProblem::message).containsExactly(
                tuple(3, "", "Empty line: delete it (only empty lines at the end of the file are left out)"),
                tuple(4, "", "Empty line: delete it (only empty lines at the end of the file are left out)"));
        assertThat(file.referrals()).extracting(Referral::line).containsExactly(2, 5);
    }

    @Test
    void an_empty_file_is_a_problem_on_line_1() {
        for (String empty : new String[]{"", "\uFEFF", "\n\n", " , ,\r\n"}) {
            ReferralFile file = read(empty);

            assertThat(file.problems()).as(empty).extracting(ReferralProblem::line, ReferralProblem::column,
                    ReferralProblem::message).containsExactly(tuple(1, "", "The file is empty: it needs a header "
                    + "line (Given names, Family name, Date of birth, National Insurance number, Benefit, Referral "
                    + "date, Email, Mobile, Address line 1, Postcode, Work coach email) and a line for each referral"));
            assertThat(file.acceptable()).isFalse();
        }
    }

    @Test
    void a_header_without_referrals_is_a_problem() {
        ReferralFile file = read(HEADER + "\n");

        assertThat(file.problems()).extracting(ReferralProblem::line, ReferralProblem::message).containsExactly(
                tuple(2, "No referrals: the file has a header line but no line after it"));
        assertThat(file.acceptable()).isFalse();
    }

    @Test
    void more_than_10000_referrals_are_a_problem_on_the_first_line_over_and_reading_stops_there() {
        String tenThousand = HEADER + IntStream.rangeClosed(1, 10_000)
                .mapToObj(i -> line("National Insurance number", "AB%06dC".formatted(i)))
                .collect(Collectors.joining("\n", "", "\n"));

        assertThat(read(tenThousand).acceptable()).isTrue();

        ReferralFile file = read(tenThousand + line("National Insurance number", "CE000001A") + "\n"
                + line("Given names", ""));

        assertThat(file.problems()).extracting(ReferralProblem::line, ReferralProblem::column,
                ReferralProblem::message).containsExactly(tuple(10_002, "", "More than 10,000 referrals in one file: "
                + "split it into files of at most 10,000 lines after the header"));
        assertThat(file.acceptable()).isFalse();
    }

    @Test
    void a_file_over_5_mb_is_a_problem_and_reading_stops_there() {
        String csv = HEADER + line("Family name", "x".repeat((int) ReferralCsv.MAX_BYTES));

        ReferralFile file = read(csv);

        assertThat(file.problems()).extracting(ReferralProblem::line, ReferralProblem::column,
                ReferralProblem::message).containsExactly(
                tuple(1, "", "The file is larger than 5 MB: split it into smaller files"));
        assertThat(file.acceptable()).isFalse();
    }

    @Test
    void a_file_that_is_not_utf8_is_a_problem() {
        ReferralFile file = read(HEADER + line("Given names", "Zoë"), Charset.forName("windows-1252"));

        assertThat(file.problems()).extracting(ReferralProblem::line, ReferralProblem::column,
                ReferralProblem::message).containsExactly(
                tuple(1, "", "The file is not UTF-8 text: save it again as \"CSV UTF-8 (comma delimited)\""));
    }

    @Test
    void a_quote_that_is_never_closed_is_a_problem_on_its_line() {
        String csv = HEADER + line() + "\n" + line("Family name", "\"O'Neill", "National Insurance number",
                "AB654321C");

        ReferralFile file = read(csv);

        assertThat(file.problems()).extracting(ReferralProblem::line, ReferralProblem::column,
                ReferralProblem::message).containsExactly(tuple(3, "", "Not readable as CSV: a quoted value needs a "
                + "closing quote followed by a comma or the end of the line (a quote inside it is written twice)"));
        assertThat(file.referrals()).extracting(Referral::line).containsExactly(2);
    }

    @Test
    void a_stream_that_fails_fails_the_read() {
        InputStream failing = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("connection reset");
            }
        };

        assertThatThrownBy(() -> ReferralCsv.read(failing, TODAY)).isInstanceOf(UncheckedIOException.class)
                .hasRootCauseMessage("connection reset");
    }

    @Test
    void the_sample_file_is_20_good_referrals() throws IOException {
        try (InputStream sample = getClass().getResourceAsStream("/restart/referrals-sample.csv")) {
            ReferralFile file = ReferralCsv.read(sample, TODAY);

            assertThat(file.problems()).isEmpty();
            assertThat(file.referrals()).hasSize(20);
            assertThat(file.referrals()).extracting(Referral::benefit).contains(Benefit.UC, Benefit.JSA);
        }
    }

    @Test
    void the_file_with_errors_has_problems_on_3_of_its_5_lines() throws IOException {
        try (InputStream sample = getClass().getResourceAsStream("/restart/referrals-with-errors.csv")) {
            ReferralFile file = ReferralCsv.read(sample, TODAY);

            assertThat(file.problems()).extracting(ReferralProblem::line).containsOnly(3, 5, 6);
            assertThat(file.referrals()).extracting(Referral::line).containsExactly(2, 4);
            assertThat(file.acceptable()).isFalse();
        }
    }

    private static ReferralFile read(String csv) {
        return read(csv, StandardCharsets.UTF_8);
    }

    private static ReferralFile read(String csv, Charset charset) {
        return ReferralCsv.read(new ByteArrayInputStream(csv.getBytes(charset)), TODAY);
    }

    /** The problems of a file with one good line whose named columns have the given values (as written in CSV). */
    private static List<Tuple> problemsWith(String... columnsAndValues) {
        return read(HEADER + line(columnsAndValues)).problems().stream()
                .map(problem -> tuple(problem.line(), problem.column(), problem.message())).toList();
    }

    /** A good referral line with the named columns' values replaced (as written in CSV). */
    private static String line(String... columnsAndValues) {
        String[] values = GOOD_VALUES.clone();
        for (int i = 0; i < columnsAndValues.length; i += 2) {
            values[Arrays.asList(COLUMNS).indexOf(columnsAndValues[i])] = columnsAndValues[i + 1];
        }
        return String.join(",", values);
    }
}
