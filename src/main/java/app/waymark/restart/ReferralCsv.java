package app.waymark.restart;

import app.waymark.base.EmailAddresses;
import app.waymark.base.MobileNumbers;
import app.waymark.base.io.ByteLimitInputStream;
import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads the DWP Restart referral CSV that staff import: a header line naming the columns (in any order, case and
 * spaces ignored), then one referral a line. Every value is checked and every problem reported; nothing is saved.
 * <p>
 * Lines are numbered as a spreadsheet numbers its rows, the header (normally the first line) being line 1; that is the
 * text editor's line number too unless a quoted value spans lines. Empty lines at the end are ignored; an empty line
 * between referrals is a problem. The file must be UTF-8 (a byte order mark is fine), at most 5 MB and hold at most
 * 10,000 referrals; reading stops at the first of these limits, and at text that is not CSV.
 */
public final class ReferralCsv {

    static final long MAX_BYTES = 5L * 1024 * 1024;
    static final int MAX_REFERRALS = 10_000;
    private static final int MAX_TEXT_LENGTH = 100;
    private static final int YOUNGEST_AGE = 16;
    private static final int OLDEST_AGE = 100;

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get();
    private static final DateTimeFormatter UK_DATE =
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter ISO_DATE = DateTimeFormatter.ISO_LOCAL_DATE;
    private static final DateTimeFormatter UK_DATE_SHOWN = DateTimeFormatter.ofPattern("dd/MM/uuuu");
    private static final Pattern POSTCODE = Pattern.compile("([A-Z]{1,2}[0-9][A-Z0-9]?)([0-9][A-Z]{2})");
    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u00A0]+");

    private enum Column {
        GIVEN_NAMES("Given names", true),
        FAMILY_NAME("Family name", true),
        DATE_OF_BIRTH("Date of birth", true),
        NATIONAL_INSURANCE_NUMBER("National Insurance number", true),
        BENEFIT("Benefit", true),
        REFERRAL_DATE("Referral date", true),
        EMAIL("Email", false),
        MOBILE("Mobile", false),
        ADDRESS_LINE_1("Address line 1", false),
        POSTCODE("Postcode", false),
        WORK_COACH_EMAIL("Work coach email", false);

        private static final Map<String, Column> BY_KEY = Arrays.stream(values())
                .collect(Collectors.toMap(column -> headerKey(column.header), column -> column));
        private static final String ALL_HEADERS =
                Arrays.stream(values()).map(column -> column.header).collect(Collectors.joining(", "));

        private final String header;
        private final boolean required;

        Column(String header, boolean required) {
            this.header = header;
            this.required = required;
        }
    }

    private final LocalDate today;
    private final List<Referral> referrals = new ArrayList<>();
    private final List<ReferralProblem> problems = new ArrayList<>();
    private final Map<String, Integer> lineOfNationalInsuranceNumber = new HashMap<>();
    private final Map<Column, Integer> positions = new EnumMap<>(Column.class);
    /**
     * The positions whose header is filled in, known or not: a value anywhere else has no header. Values under an
     * unknown or repeated column are not read (the header line's problem covers them).
     */
    private final Set<Integer> positionsWithHeader = new HashSet<>();
    private int headerLine;
    /** The line being read. */
    private int line;

    private ReferralCsv(LocalDate today) {
        this.today = today;
    }

    /**
     * Reads referrals from {@code csv} (which it does not close), checking dates against {@code today}. Fails only
     * when the stream itself cannot be read; anything wrong with the file is a problem in the result.
     */
    public static ReferralFile read(InputStream csv, LocalDate today) {
        return new ReferralCsv(today).readAll(csv);
    }

    private ReferralFile readAll(InputStream csv) {
        try {
            BufferedReader text = utf8(new ByteLimitInputStream(csv, MAX_BYTES, FileTooLarge::new));
            skipByteOrderMark(text);
            // not closed: that would close the caller's stream, and the parser holds nothing else
            CSVParser parser = CSVParser.builder().setReader(text).setFormat(FORMAT).get();
            readLines(parser.iterator());
        } catch (IOException | UncheckedIOException e) {
            unreadable(e instanceof UncheckedIOException unchecked ? unchecked.getCause() : (IOException) e);
        }
        problems.sort(Comparator.comparingInt(ReferralProblem::line));
        return new ReferralFile(referrals, problems);
    }

    private static BufferedReader utf8(InputStream in) {
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)));
    }

    private static void skipByteOrderMark(BufferedReader text) throws IOException {
        text.mark(1);
        if (text.read() != '\uFEFF') {
            text.reset();
        }
    }

    private void readLines(Iterator<CSVRecord> records) {
        List<Integer> emptyLines = new ArrayList<>();
        int referralLines = 0;
        while (records.hasNext()) {
            CSVRecord record = records.next();
            line++;
            if (isEmpty(record)) {
                emptyLines.add(line);
                continue;
            }
            emptyLines.forEach(empty -> problem(empty, "", "Empty line: delete it (only empty lines at the end of "
                    + "the file are left out)"));
            emptyLines.clear();
            if (headerLine == 0) {
                readHeader(record);
            } else if (++referralLines > MAX_REFERRALS) {
                problem(line, "", String.format(Locale.UK, "More than %,d referrals in one file: split it into "
                        + "files of at most %,d lines after the header", MAX_REFERRALS, MAX_REFERRALS));
                return;
            } else {
                readReferral(record);
            }
        }
        if (headerLine == 0) {
            problem(1, "", "The file is empty: it needs a header line (" + Column.ALL_HEADERS
                    + ") and a line for each referral");
        } else if (referralLines == 0) {
            problem(headerLine + 1, "", "No referrals: the file has a header line but no line after it");
        }
    }

    private static boolean isEmpty(CSVRecord record) {
        return record.stream().allMatch(String::isBlank);
    }

    private void readHeader(CSVRecord record) {
        headerLine = line;
        for (int i = 0; i < record.size(); i++) {
            String header = record.get(i).strip();
            if (header.isEmpty()) {
                continue; // a column without a header is fine while it is empty on every line
            }
            positionsWithHeader.add(i);
            Column column = Column.BY_KEY.get(headerKey(header));
            if (column == null) {
                problem(line, header, "Unknown column \"%s\": the columns are %s"
                        .formatted(header, Column.ALL_HEADERS));
            } else if (positions.containsKey(column)) {
                problem(line, column.header, "The column %s appears twice (columns %d and %d)"
                        .formatted(column.header, positions.get(column) + 1, i + 1));
            } else {
                positions.put(column, i);
            }
        }
        for (Column column : Column.values()) {
            if (column.required && !positions.containsKey(column)) {
                problem(line, column.header, "The column " + column.header + " is missing");
            }
        }
        if (!positions.containsKey(Column.EMAIL) && !positions.containsKey(Column.MOBILE)) {
            problem(line, Column.EMAIL.header, "Neither an Email nor a Mobile column: each referral needs at least "
                    + "one of them");
        }
    }

    /** Header names match whatever their case and spacing. */
    private static String headerKey(String header) {
        return WHITESPACE.matcher(header).replaceAll("").toLowerCase(Locale.ROOT);
    }

    private void readReferral(CSVRecord record) {
        int problemsBefore = problems.size();
        reportValuesWithoutHeader(record);
        String givenNames = name(record, Column.GIVEN_NAMES);
        String familyName = name(record, Column.FAMILY_NAME);
        LocalDate dateOfBirth = dateOfBirth(record);
        String nationalInsuranceNumber = nationalInsuranceNumber(record);
        Benefit benefit = benefit(record);
        LocalDate referralDate = referralDate(record);
        String email = email(record, Column.EMAIL);
        String mobile = mobile(record);
        if (positions.containsKey(Column.EMAIL) || positions.containsKey(Column.MOBILE)) {
            requireContact(record);
        }
        String addressLine1 = optionalText(record, Column.ADDRESS_LINE_1);
        String postcode = postcode(record);
        String workCoachEmail = email(record, Column.WORK_COACH_EMAIL);
        boolean complete = givenNames != null && familyName != null && dateOfBirth != null
                && nationalInsuranceNumber != null && benefit != null && referralDate != null;
        if (problems.size() == problemsBefore && complete) {
            referrals.add(new Referral(line, givenNames, familyName, dateOfBirth, nationalInsuranceNumber, benefit,
                    referralDate, email, mobile, addressLine1, postcode, workCoachEmail));
        }
    }

    private void reportValuesWithoutHeader(CSVRecord record) {
        for (int i = 0; i < record.size(); i++) {
            if (!positionsWithHeader.contains(i) && !record.get(i).isBlank()) {
                problem(line, "", "A value (\"%s\") in column %d, which has no header"
                        .formatted(record.get(i).strip(), i + 1));
            }
        }
    }

    /** The value, stripped; empty when the line is short; null when the file has no such column. */
    private String value(CSVRecord record, Column column) {
        Integer position = positions.get(column);
        if (position == null) {
            return null;
        }
        return position < record.size() ? record.get(position).strip() : "";
    }

    /** The value of a required column: null when it is empty (a problem) or the file has no such column. */
    private String required(CSVRecord record, Column column) {
        String value = value(record, column);
        return value != null && value.isEmpty() ? invalid(column, column.header + " is empty: every referral needs it")
                : value;
    }

    /** The value of an optional column: null when it is empty or the file has no such column. */
    private String optional(CSVRecord record, Column column) {
        String value = value(record, column);
        return value == null || value.isEmpty() ? null : value;
    }

    private String name(CSVRecord record, Column column) {
        String value = required(record, column);
        return value == null ? null : text(column, value);
    }

    private String optionalText(CSVRecord record, Column column) {
        String value = optional(record, column);
        return value == null ? null : text(column, value);
    }

    private String text(Column column, String value) {
        if (value.codePoints().anyMatch(Character::isISOControl)) {
            return invalid(column, column.header + " holds a control character (such as a tab or line break): "
                    + "remove it");
        }
        int length = value.codePointCount(0, value.length());
        if (length > MAX_TEXT_LENGTH) {
            return invalid(column, "%s is %d characters long: at most %d".formatted(column.header, length,
                    MAX_TEXT_LENGTH));
        }
        return value;
    }

    private LocalDate dateOfBirth(CSVRecord record) {
        LocalDate date = requiredDate(record, Column.DATE_OF_BIRTH);
        if (date == null) {
            return null;
        }
        String written = value(record, Column.DATE_OF_BIRTH);
        if (date.isAfter(today)) {
            return invalid(Column.DATE_OF_BIRTH, written + " is in the future");
        }
        int age = Period.between(date, today).getYears();
        if (age < YOUNGEST_AGE) {
            return invalid(Column.DATE_OF_BIRTH, "%s makes the participant %d: Restart is for people aged %d or over"
                    .formatted(written, age, YOUNGEST_AGE));
        }
        if (date.isBefore(today.minusYears(OLDEST_AGE))) {
            return invalid(Column.DATE_OF_BIRTH, "%s is more than %d years ago: check the year"
                    .formatted(written, OLDEST_AGE));
        }
        return date;
    }

    private LocalDate referralDate(CSVRecord record) {
        LocalDate date = requiredDate(record, Column.REFERRAL_DATE);
        if (date != null && date.isAfter(today)) {
            return invalid(Column.REFERRAL_DATE, "%s is in the future (today is %s)"
                    .formatted(value(record, Column.REFERRAL_DATE), UK_DATE_SHOWN.format(today)));
        }
        return date;
    }

    private LocalDate requiredDate(CSVRecord record, Column column) {
        String value = required(record, column);
        if (value == null) {
            return null;
        }
        for (DateTimeFormatter format : List.of(UK_DATE, ISO_DATE)) {
            try {
                return LocalDate.parse(value, format);
            } catch (DateTimeParseException notInThisFormat) {
                // try the next format
            }
        }
        return invalid(column, "\"%s\" is not a date: write it as 31/12/1990 or 1990-12-31".formatted(value));
    }

    private String nationalInsuranceNumber(CSVRecord record) {
        Column column = Column.NATIONAL_INSURANCE_NUMBER;
        String value = required(record, column);
        if (value == null) {
            return null;
        }
        String number = NationalInsuranceNumbers.compact(value);
        Optional<String> problem = NationalInsuranceNumbers.problem(number);
        if (problem.isPresent()) {
            return invalid(column, problem.get());
        }
        Integer firstLine = lineOfNationalInsuranceNumber.putIfAbsent(number, line);
        if (firstLine != null) {
            return invalid(column, "%s is also on line %d: one referral a participant".formatted(number, firstLine));
        }
        return number;
    }

    private Benefit benefit(CSVRecord record) {
        Column column = Column.BENEFIT;
        String value = required(record, column);
        if (value == null) {
            return null;
        }
        // apostrophes left out, as people (and spreadsheets' typographic quotes) write them differently
        return switch (value.toLowerCase(Locale.ROOT).replaceAll("[\\s'\u2019]", "")) {
            case "uc", "universalcredit" -> Benefit.UC;
            case "jsa", "jobseekersallowance" -> Benefit.JSA;
            default -> invalid(column, "\"%s\" is not a benefit Restart refers from: write UC (Universal Credit) or "
                    .formatted(value) + "JSA (Jobseeker's Allowance)");
        };
    }

    private String email(CSVRecord record, Column column) {
        String value = optional(record, column);
        if (value == null) {
            return null;
        }
        return EmailAddresses.isPlausible(value) ? value
                : invalid(column, "\"%s\" is not an email address".formatted(value));
    }

    private String mobile(CSVRecord record) {
        String value = optional(record, Column.MOBILE);
        if (value == null) {
            return null;
        }
        return MobileNumbers.ukMobileE164(value).orElseGet(() -> invalid(Column.MOBILE,
                "\"%s\" is not a UK mobile number (such as 07700 900123)".formatted(value)));
    }

    private void requireContact(CSVRecord record) {
        if (optional(record, Column.EMAIL) == null && optional(record, Column.MOBILE) == null) {
            Column column = positions.containsKey(Column.EMAIL) ? Column.EMAIL : Column.MOBILE;
            invalid(column, "Neither an email address nor a mobile number: give at least one");
        }
    }

    private String postcode(CSVRecord record) {
        String value = optional(record, Column.POSTCODE);
        if (value == null) {
            return null;
        }
        Matcher postcode = POSTCODE.matcher(WHITESPACE.matcher(value).replaceAll("").toUpperCase(Locale.ROOT));
        return postcode.matches() ? postcode.group(1) + " " + postcode.group(2)
                : invalid(Column.POSTCODE, "\"%s\" is not a UK postcode (such as LS1 4AB)".formatted(value));
    }

    /** Reports the problem with this line's value of {@code column}; null, as the line has no usable value. */
    private <T> T invalid(Column column, String message) {
        problem(line, column.header, message);
        return null;
    }

    private void problem(int line, String column, String message) {
        problems.add(new ReferralProblem(line, column, message));
    }

    private void unreadable(IOException failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            switch (cause) {
                case FileTooLarge _ -> {
                    problem(1, "", "The file is larger than 5 MB: split it into smaller files");
                    return;
                }
                case CharacterCodingException _ -> {
                    problem(1, "", "The file is not UTF-8 text: save it again as \"CSV UTF-8 (comma delimited)\"");
                    return;
                }
                case CSVException _ -> {
                    problem(line + 1, "", "Not readable as CSV: a quoted value needs a closing quote followed by a "
                            + "comma or the end of the line (a quote inside it is written twice)");
                    return;
                }
                default -> {
                }
            }
        }
        throw new UncheckedIOException(failure);
    }

    /** Thrown by the byte limit so it can be told from a stream that fails. */
    private static final class FileTooLarge extends IOException {
        FileTooLarge() {
            super("more than " + MAX_BYTES + " bytes");
        }
    }
}
