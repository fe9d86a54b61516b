package app.waymark.demo;

import javax.xml.stream.XMLStreamException;
import java.time.LocalDate;

/**
 * Skills Bootcamp learners coded as in the providers' forum thread of issue 15 (decision 0047 quotes it), written
 * into the demo's ILR file so the real import stores them and {@code /bootcamps} judges them: the helpdesk's coding
 * (no completion payment), the coding that worked, the Outcome 2 "partial achievement" case, an EVI-coded 2025-26
 * learner, and three ordinary ones whose dates follow the day the file is prepared (one in learning, one who reached
 * every milestone, one who withdrew on the third day and whose start is evidenced by guided learning hours).
 */
final class BootcampCodings {

    static final int LEARNERS = 7;

    /** From this day an event is an EVI FAM on ZPROG001, before it an event aim (DOMAIN.md section 7). */
    private static final LocalDate FIRST_EVI_START = LocalDate.of(2025, 8, 1);

    private final SyntheticIlrFile file;

    BootcampCodings(SyntheticIlrFile file) {
        this.file = file;
    }

    void write() throws XMLStreamException {
        // The helpdesk's table: ZPROG001 1/8 without an actual end date; training ended 30/11/2022; offer 20/12/2022.
        LocalDate start = LocalDate.of(2022, 8, 1);
        LocalDate trainingEnd = LocalDate.of(2022, 11, 30);
        learner("BCHELPDESK1", "Becky", "Marsh", start);
        aim("ZPROG001", 1, 1, start, trainingEnd, 1, null, 8, null, null, null);
        aim("Z0059758", 3, 2, start, trainingEnd, 2, trainingEnd, 1, null, null, null);
        event(3, LocalDate.of(2022, 12, 20));
        end();

        // The coding that worked: ZPROG001 2/8 with the interview offer's date as its actual end date, no AchDate.
        start = LocalDate.of(2022, 10, 3);
        LocalDate end = LocalDate.of(2023, 2, 25);
        learner("BCWORKED1", "Tom", "Reyes", start);
        aim("ZPROG001", 1, 1, start, end, 2, end, 8, null, null, null);
        aim("Z0059758", 3, 2, start, end, 2, end, 1, null, null, null);
        event(3, end);
        end();

        // Outcome 2 "partial achievement": on the occupancy report, no payment; the fix is Outcome 3.
        start = LocalDate.of(2024, 1, 8);
        trainingEnd = LocalDate.of(2024, 3, 1);
        learner("BCOUTCOME2", "Nina", "Hart", start);
        aim("ZPROG001", 1, 1, start, trainingEnd, 2, LocalDate.of(2024, 3, 27), 2, null, null, null);
        aim("Z0059758", 3, 2, start, trainingEnd, 2, trainingEnd, 1, null, null, null);
        event(3, LocalDate.of(2024, 3, 20));
        end();

        // 2025-26: the interview offer recorded as an EVI FAM on ZPROG001.
        start = LocalDate.of(2025, 9, 1);
        trainingEnd = LocalDate.of(2025, 11, 28);
        LocalDate offer = LocalDate.of(2025, 12, 15);
        learner("BCEVI2526", "Sam", "Okafor", start);
        aim("ZPROG001", 1, 1, start, trainingEnd, 2, offer, 8, null, "1", offer);
        aim("Z0059758", 3, 2, start, trainingEnd, 2, trainingEnd, 1, null, null, null);
        end();

        LocalDate today = file.preparedOn;
        // In learning: started a month ago.
        start = today.minusDays(30);
        learner("BCLEARNING1", "Ellie", "Ward", start);
        aim("ZPROG001", 1, 1, start, start.plusWeeks(12), 1, null, null, null, null, null);
        aim("Z0059758", 3, 2, start, start.plusWeeks(12), 1, null, null, null, null, null);
        end();

        // Every milestone: trained, offered an interview ten days later, started the job a month after that.
        start = today.minusDays(250);
        trainingEnd = start.plusWeeks(12);
        offer = trainingEnd.plusDays(10);
        LocalDate job = offer.plusDays(30);
        boolean evi = !start.isBefore(FIRST_EVI_START);
        learner("BCACHIEVED1", "Jamal", "Reid", start);
        aim("ZPROG001", 1, 1, start, trainingEnd, 2, offer, 1, job, evi ? "1" : null, evi ? offer : null);
        aim("Z0059758", 3, 2, start, trainingEnd, 2, trainingEnd, 1, null, null, null);
        if (!evi) {
            event(3, offer);
        }
        end();

        // Withdrew on the third day of an intensive start: fewer than 5 days in learning, but the guided learning hours
        // the demo records for those days (DemoBootcamps) evidence the start payment.
        start = today.minusDays(120);
        LocalDate left = start.plusDays(2);
        learner("BCWITHDREW1", "Grace", "Lin", start);
        aim("ZPROG001", 1, 1, start, start.plusWeeks(12), 3, left, 3, null, null, null);
        aim("Z0059758", 3, 2, start, start.plusWeeks(12), 3, left, 3, null, null, null);
        end();
    }

    private void learner(String learnRefNumber, String given, String family, LocalDate start)
            throws XMLStreamException {
        file.xml.writeStartElement("Learner");
        file.element("LearnRefNumber", learnRefNumber);
        // The same ULN in every file, so a later file of only these learners updates them rather than renaming them.
        file.element("ULN", SyntheticIlrFile.uln(new java.util.Random(learnRefNumber.hashCode())));
        file.element("FamilyName", family);
        file.element("GivenNames", given);
        file.element("DateOfBirth", start.minusYears(30).toString());
        file.element("Ethnicity", "31");
        file.element("Sex", "F");
        file.element("LLDDHealthProb", "2");
        if (!file.year.rules().niNumberFundModels().isEmpty()) {
            file.element("NINumber", "QQ" + String.format("%06d", Math.abs(learnRefNumber.hashCode()) % 1_000_000)
                    + "D");
        }
        file.element("Postcode", "BR1 3RL");
        file.element("AddLine1", "1 Bootcamp Lane");
        file.element("AddLine2", "Northfield");
        file.element("Email", learnRefNumber.toLowerCase() + "@example.org");
        file.xml.writeStartElement("LearnerEmploymentStatus");
        file.element("EmpStat", "11");
        file.element("DateEmpStatApp", start.minusDays(14).toString());
        file.xml.writeEndElement();
    }

    private void end() throws XMLStreamException {
        file.xml.writeEndElement();
    }

    /** An event aim Z0059747 (interview offer): the three dates the day of the offer, 2/1. */
    private void event(int seq, LocalDate day) throws XMLStreamException {
        aim("Z0059747", 3, seq, day, day, 2, day, 1, null, null, null);
    }

    private void aim(String ref, int aimType, int seq, LocalDate start, LocalDate plannedEnd, int compStatus,
                     LocalDate actualEnd, Integer outcome, LocalDate achDate, String eviCode, LocalDate eviDate)
            throws XMLStreamException {
        file.xml.writeStartElement("LearningDelivery");
        file.element("LearnAimRef", ref);
        file.element("AimType", String.valueOf(aimType));
        file.element("AimSeqNumber", String.valueOf(seq));
        file.element("LearnStartDate", start.toString());
        file.element("LearnPlanEndDate", plannedEnd.toString());
        file.element("FundModel", "37");
        file.element("ProgType", "32");
        file.element("DelLocPostCode", "BR1 3RL");
        file.element("CompStatus", String.valueOf(compStatus));
        if (actualEnd != null) {
            file.element("LearnActEndDate", actualEnd.toString());
        }
        if (compStatus == 3) {
            file.element("WithdrawReason", "44");
        }
        if (outcome != null) {
            file.element("Outcome", String.valueOf(outcome));
        }
        if (achDate != null) {
            file.element("AchDate", achDate.toString());
        }
        file.xml.writeStartElement("LearningDeliveryFAM");
        file.element("LearnDelFAMType", "SOF");
        file.element("LearnDelFAMCode", "107");
        file.xml.writeEndElement();
        if (eviCode != null) {
            file.xml.writeStartElement("LearningDeliveryFAM");
            file.element("LearnDelFAMType", "EVI");
            file.element("LearnDelFAMCode", eviCode);
            file.element("LearnDelFAMDateFrom", eviDate.toString());
            file.xml.writeEndElement();
        }
        file.xml.writeEndElement();
    }
}
