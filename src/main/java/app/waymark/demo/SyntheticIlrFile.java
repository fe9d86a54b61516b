package app.waymark.demo;

import app.waymark.ilr.reader.IlrYear;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

/**
 * Writes a realistic, made-up ILR file (streamed, any size): apprenticeships, Skills Bootcamps, adult skills and
 * 16-19 learners who are continuing, on a break, completed or withdrawn, with every RUI/PMC combination (2024-25
 * files; later years have no ContactPreference), valid ULNs and UK mobile numbers from Ofcom's drama range. Used for
 * demo data and benchmarks.
 */
public final class SyntheticIlrFile {

    /** How many learners {@link BootcampCodings} adds to a demo file. */
    public static final int BOOTCAMP_CODINGS = BootcampCodings.LEARNERS;

    private static final List<String> GIVEN = List.of("Amelia", "Oliver", "Zoë", "Mohammed", "Siobhán", "Jack",
            "Aaliyah", "Noah", "Chloé", "Dylan", "Priya", "Kacper", "Niamh", "Tomás", "Grace", "Ifeoluwa", "Leah",
            "Rhys", "Maja", "Harvey", "Anaïs", "Callum", "Fatima", "Łukasz");
    private static final List<String> FAMILY = List.of("O'Brien", "Smith", "Patel", "Nowak", "Jones", "Ahmed",
            "Müller", "Williams", "D'Souza", "Taylor", "Okafor", "Brown", "MacLeod", "Evans", "Khan", "Thomas",
            "Ní Bhriain", "Wilson", "García", "Hughes", "Øvergaard", "Davies");
    private static final List<String> STREETS = List.of("High Street", "Station Road", "Church Lane", "Mill Road",
            "Victoria Street", "Park Avenue", "Queen's Road");
    private static final List<String> TOWNS = List.of("Northfield", "Riverside", "Bromley", "Leeds", "Bristol",
            "Cardiff Road", "Sheffield");
    private static final int[][] CONTACT_COMBINATIONS = {
            {}, {1}, {2}, {3}, {4}, {5}, {6}, {7}, {6, 7}, {1, 7}
    };
    private static final int[][] PMC_COMBINATIONS = {
            {}, {1}, {2}, {3}, {2, 3}, {4}, {5}, {6}, {1, 6}, {4, 5, 6}
    };

    /**
     * Writes {@code learners} learners for the UKPRN, their dates built from the first day of the year and the file
     * prepared five months into it; the same seed gives the same file.
     */
    public static void write(Path file, String ukprn, IlrYear year, int learners, long seed) {
        write(file, ukprn, year, year.firstDay(), year.firstDay().plusMonths(5), learners, seed);
    }

    /**
     * As {@link #write(Path, String, IlrYear, int, long)}, with learners' dates built from {@code datesFrom} (their
     * starts fall in the 200 days after it, and they end up to about two years after it) and the file prepared on
     * {@code preparedOn}.
     */
    public static void write(Path file, String ukprn, IlrYear year, LocalDate datesFrom, LocalDate preparedOn,
                             int learners, long seed) {
        write(file, ukprn, year, datesFrom, preparedOn, learners, seed, false);
    }

    /**
     * As {@link #write(Path, String, IlrYear, LocalDate, LocalDate, int, long)}; with {@code bootcampCodings} the
     * file also holds {@link #BOOTCAMP_CODINGS} Skills Bootcamp learners coded as in the providers' forum thread
     * (issue 15), after the others.
     */
    public static void write(Path file, String ukprn, IlrYear year, LocalDate datesFrom, LocalDate preparedOn,
                             int learners, long seed, boolean bootcampCodings) {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            XMLStreamWriter xml = XMLOutputFactory.newInstance().createXMLStreamWriter(out, "UTF-8");
            new SyntheticIlrFile(xml, year, datesFrom, preparedOn, new Random(seed)).message(ukprn, learners,
                    bootcampCodings);
            xml.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    final XMLStreamWriter xml;
    final IlrYear year;
    private final LocalDate datesFrom;
    final LocalDate preparedOn;
    private final Random random;

    private SyntheticIlrFile(XMLStreamWriter xml, IlrYear year, LocalDate datesFrom, LocalDate preparedOn,
                             Random random) {
        this.xml = xml;
        this.year = year;
        this.datesFrom = datesFrom;
        this.preparedOn = preparedOn;
        this.random = random;
    }

    private void message(String ukprn, int learners, boolean bootcampCodings) throws XMLStreamException {
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeStartElement("Message");
        xml.writeDefaultNamespace(year.namespace());
        xml.writeStartElement("Header");
        xml.writeStartElement("CollectionDetails");
        element("Collection", "ILR");
        element("Year", year.shortCode());
        element("FilePreparationDate", preparedOn.toString());
        xml.writeEndElement();
        xml.writeStartElement("Source");
        element("ProtectiveMarking", "OFFICIAL-SENSITIVE-Personal");
        element("UKPRN", ukprn);
        element("SoftwareSupplier", "Waymark");
        element("SoftwarePackage", "Synthetic data");
        element("Release", "1");
        element("SerialNo", "01");
        element("DateTime", preparedOn + "T09:00:00");
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeStartElement("LearningProvider");
        element("UKPRN", ukprn);
        xml.writeEndElement();
        for (int i = 1; i <= learners; i++) {
            learner(i);
        }
        if (bootcampCodings) {
            new BootcampCodings(this).write();
        }
        xml.writeEndElement();
        xml.writeEndDocument();
    }

    private void learner(int number) throws XMLStreamException {
        xml.writeStartElement("Learner");
        element("LearnRefNumber", "WM" + String.format("%08d", number));
        element("ULN", uln());
        element("FamilyName", pick(FAMILY));
        element("GivenNames", pick(GIVEN));
        LocalDate birth = datesFrom.minusYears(16 + random.nextInt(40)).minusDays(random.nextInt(365));
        element("DateOfBirth", birth.toString());
        element("Ethnicity", "31");
        element("Sex", random.nextBoolean() ? "F" : "M");
        element("LLDDHealthProb", "2");
        if (!year.rules().niNumberFundModels().isEmpty()) {
            // QQ is the prefix set aside for examples: never a real person's number.
            element("NINumber", "QQ" + String.format("%06d", number % 1_000_000) + "C");
        }
        element("Postcode", postcode());
        element("AddLine1", (1 + random.nextInt(200)) + " " + pick(STREETS));
        element("AddLine2", pick(TOWNS));
        int contact = random.nextInt(10);
        if (contact < 7) {
            element("TelNo", "07700900" + String.format("%03d", random.nextInt(1000)));
        } else if (contact == 7) {
            element("TelNo", "01632960" + String.format("%03d", random.nextInt(1000)));
        }
        if (random.nextInt(10) < 8) {
            element("Email", "learner" + number + "@example.org");
        }
        if (year.hasContactPreferences()) {
            for (int code : CONTACT_COMBINATIONS[number % CONTACT_COMBINATIONS.length]) {
                contactPreference("RUI", code);
            }
            for (int code : PMC_COMBINATIONS[(number / CONTACT_COMBINATIONS.length) % PMC_COMBINATIONS.length]) {
                contactPreference("PMC", code);
            }
        }
        Programme programme = Programme.values()[random.nextInt(Programme.values().length)];
        if (programme == Programme.SIXTEEN_TO_NINETEEN && random.nextInt(5) == 0) {
            xml.writeStartElement("LearnerFAM");
            element("LearnFAMType", "HNS");
            element("LearnFAMCode", "1");
            xml.writeEndElement();
        }
        LocalDate start = datesFrom.plusDays(random.nextInt(200));
        employment(start);
        Outcome outcome = Outcome.values()[random.nextInt(Outcome.values().length)];
        programme.write(this, start, outcome);
        xml.writeEndElement();
    }

    private void employment(LocalDate start) throws XMLStreamException {
        xml.writeStartElement("LearnerEmploymentStatus");
        boolean employed = random.nextBoolean();
        element("EmpStat", employed ? "10" : "11");
        element("DateEmpStatApp", start.minusDays(1 + random.nextInt(60)).toString());
        if (employed) {
            element("EmpId", String.valueOf(100000000 + random.nextInt(800000000)));
            xml.writeStartElement("EmploymentStatusMonitoring");
            element("ESMType", "EII");
            element("ESMCode", String.valueOf(5 + random.nextInt(4)));
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    enum Outcome { CONTINUING, COMPLETED, WITHDRAWN, ON_A_BREAK }

    enum Programme {
        APPRENTICESHIP, SKILLS_BOOTCAMP, ADULT_SKILLS, SIXTEEN_TO_NINETEEN;

        void write(SyntheticIlrFile file, LocalDate start, Outcome outcome) throws XMLStreamException {
            switch (this) {
                case APPRENTICESHIP -> {
                    LocalDate end = start.plusMonths(18);
                    file.aim("ZPROG001", 1, 1, start, end, 36, 25, 91, outcome, start.plusMonths(12));
                    file.aim("60346527", 3, 2, start, end.minusMonths(2), 36, 25, 91, outcome, start.plusMonths(12));
                    file.aim("60346539", 3, 3, start, end.minusMonths(3), 36, 25, 91, outcome, start.plusMonths(12));
                }
                case SKILLS_BOOTCAMP -> {
                    LocalDate end = start.plusWeeks(14);
                    file.aim("ZPROG001", 1, 1, start, end, 37, 32, null, outcome, end);
                    file.aim("Z0059758", 3, 2, start, end, 37, 32, null, outcome, end);
                }
                case ADULT_SKILLS -> {
                    LocalDate end = start.plusMonths(6);
                    file.aim("60312345", 4, 1, start, end, 38, null, null, outcome, end);
                    file.aim("60054321", 4, 2, start, end.plusMonths(1), 38, null, null, outcome, end.plusMonths(1));
                }
                case SIXTEEN_TO_NINETEEN -> {
                    LocalDate end = start.plusMonths(10);
                    file.aim("60311046", 4, 1, start, end, 25, null, null, outcome, end);
                    file.aim("60146242", 5, 2, start, end, 25, null, null, outcome, end);
                    file.aim("60123456", 4, 3, start, end, 25, null, null, outcome, end);
                }
            }
        }
    }

    private void aim(String ref, int aimType, int seq, LocalDate start, LocalDate plannedEnd, int fundModel,
                     Integer progType, Integer stdCode, Outcome outcome, LocalDate actualEnd)
            throws XMLStreamException {
        xml.writeStartElement("LearningDelivery");
        element("LearnAimRef", ref);
        element("AimType", String.valueOf(aimType));
        element("AimSeqNumber", String.valueOf(seq));
        element("LearnStartDate", start.toString());
        element("LearnPlanEndDate", plannedEnd.toString());
        element("FundModel", String.valueOf(fundModel));
        if (progType != null) {
            element("ProgType", String.valueOf(progType));
        }
        if (stdCode != null) {
            element("StdCode", String.valueOf(stdCode));
        }
        element("DelLocPostCode", "BR1 3RL");
        switch (outcome) {
            case CONTINUING -> element("CompStatus", "1");
            case COMPLETED -> {
                element("CompStatus", "2");
                element("LearnActEndDate", actualEnd.toString());
                element("Outcome", "1");
                element("AchDate", actualEnd.plusDays(14).toString());
            }
            case WITHDRAWN -> {
                element("CompStatus", "3");
                element("LearnActEndDate", start.plusDays(30 + (actualEnd.toEpochDay() - start.toEpochDay()) / 3)
                        .toString());
                element("WithdrawReason", "44");
                element("Outcome", "3");
            }
            case ON_A_BREAK -> {
                element("CompStatus", "6");
                element("LearnActEndDate", start.plusDays(60).toString());
                element("Outcome", "3");
            }
        }
        xml.writeStartElement("LearningDeliveryFAM");
        element("LearnDelFAMType", "SOF");
        element("LearnDelFAMCode", fundModel == 36 ? "105" : "107");
        xml.writeEndElement();
        if (fundModel == 36) {
            xml.writeStartElement("LearningDeliveryFAM");
            element("LearnDelFAMType", "ACT");
            element("LearnDelFAMCode", "1");
            element("LearnDelFAMDateFrom", start.toString());
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    private void contactPreference(String type, int code) throws XMLStreamException {
        xml.writeStartElement("ContactPreference");
        element("ContPrefType", type);
        element("ContPrefCode", String.valueOf(code));
        xml.writeEndElement();
    }

    String uln() {
        return uln(random);
    }

    /** A valid ULN (check digit included) drawn from {@code random}. */
    static String uln(Random random) {
        while (true) {
            StringBuilder digits = new StringBuilder().append(1 + random.nextInt(9));
            for (int i = 0; i < 8; i++) {
                digits.append(random.nextInt(10));
            }
            int sum = 0;
            for (int i = 0; i < 9; i++) {
                sum += (digits.charAt(i) - '0') * (10 - i);
            }
            int check = 10 - sum % 11;
            if (check < 10) {
                return digits.append(check).toString();
            }
        }
    }

    private String postcode() {
        String[] areas = {"BR1", "BR2", "LS6", "BS1", "CF10", "S1", "M1"};
        return pick(List.of(areas)) + " " + random.nextInt(10) + (char) ('A' + random.nextInt(26))
                + (char) ('A' + random.nextInt(26));
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    void element(String name, String value) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(value);
        xml.writeEndElement();
    }
}
