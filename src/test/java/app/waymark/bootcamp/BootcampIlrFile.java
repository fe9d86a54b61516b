package app.waymark.bootcamp;

import app.waymark.ilr.reader.IlrYear;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * A Riverside (UKPRN 10004567) ILR file with one Skills Bootcamp learner coded as the helpdesk's learner of the
 * thread (started 01/08/2022, training ended 30/11/2022, interview offer 20/12/2022), with ZPROG001 coded as given:
 * {@link #HELPDESK} (1/8, no actual end date) or {@link #COMPLETED_ON_THE_OFFER} (2/8 ended on the offer's day).
 */
public final class BootcampIlrFile {

    public static final String HELPDESK = "<CompStatus>1</CompStatus><Outcome>8</Outcome>";
    public static final String COMPLETED_ON_THE_OFFER =
            "<CompStatus>2</CompStatus><LearnActEndDate>2022-12-20</LearnActEndDate><Outcome>8</Outcome>";

    private BootcampIlrFile() {
    }

    public static Path write(LocalDate today, String ref, String programmeCoding, String serial) throws IOException {
        IlrYear year = IlrYear.containing(today).orElse(IlrYear.newest());
        String xml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <Message xmlns="%s"><Header><CollectionDetails><Collection>ILR</Collection><Year>%s</Year>
                <FilePreparationDate>%s</FilePreparationDate></CollectionDetails><Source>
                <ProtectiveMarking>OFFICIAL-SENSITIVE-Personal</ProtectiveMarking><UKPRN>10004567</UKPRN>
                <SoftwareSupplier>Waymark</SoftwareSupplier><SoftwarePackage>Test</SoftwarePackage><Release>1</Release>
                <SerialNo>01</SerialNo><DateTime>%sT09:00:00</DateTime></Source></Header>
                <LearningProvider><UKPRN>10004567</UKPRN></LearningProvider>
                <Learner><LearnRefNumber>%s</LearnRefNumber><ULN>1234567899</ULN><FamilyName>Journey</FamilyName>
                <GivenNames>Jo</GivenNames><DateOfBirth>1990-05-01</DateOfBirth><Ethnicity>31</Ethnicity><Sex>F</Sex>
                <LLDDHealthProb>2</LLDDHealthProb>%s<Postcode>BR1 3RL</Postcode><AddLine1>1 Test Road</AddLine1>
                <LearnerEmploymentStatus><EmpStat>11</EmpStat><DateEmpStatApp>2022-07-01</DateEmpStatApp>
                </LearnerEmploymentStatus>
                <LearningDelivery><LearnAimRef>ZPROG001</LearnAimRef><AimType>1</AimType><AimSeqNumber>1</AimSeqNumber>
                <LearnStartDate>2022-08-01</LearnStartDate><LearnPlanEndDate>2022-11-30</LearnPlanEndDate>
                <FundModel>37</FundModel><ProgType>32</ProgType><DelLocPostCode>BR1 3RL</DelLocPostCode>%s
                <LearningDeliveryFAM><LearnDelFAMType>SOF</LearnDelFAMType><LearnDelFAMCode>107</LearnDelFAMCode>
                </LearningDeliveryFAM></LearningDelivery>
                <LearningDelivery><LearnAimRef>Z0059758</LearnAimRef><AimType>3</AimType><AimSeqNumber>2</AimSeqNumber>
                <LearnStartDate>2022-08-01</LearnStartDate><LearnPlanEndDate>2022-11-30</LearnPlanEndDate>
                <FundModel>37</FundModel><ProgType>32</ProgType><DelLocPostCode>BR1 3RL</DelLocPostCode>
                <CompStatus>2</CompStatus><LearnActEndDate>2022-11-30</LearnActEndDate><Outcome>1</Outcome>
                <LearningDeliveryFAM><LearnDelFAMType>SOF</LearnDelFAMType><LearnDelFAMCode>107</LearnDelFAMCode>
                </LearningDeliveryFAM></LearningDelivery>
                <LearningDelivery><LearnAimRef>Z0059747</LearnAimRef><AimType>3</AimType><AimSeqNumber>3</AimSeqNumber>
                <LearnStartDate>2022-12-20</LearnStartDate><LearnPlanEndDate>2022-12-20</LearnPlanEndDate>
                <FundModel>37</FundModel><ProgType>32</ProgType><DelLocPostCode>BR1 3RL</DelLocPostCode>
                <CompStatus>2</CompStatus><LearnActEndDate>2022-12-20</LearnActEndDate><Outcome>1</Outcome>
                <LearningDeliveryFAM><LearnDelFAMType>SOF</LearnDelFAMType><LearnDelFAMCode>107</LearnDelFAMCode>
                </LearningDeliveryFAM></LearningDelivery></Learner></Message>
                """.formatted(year.namespace(), year.shortCode(), today, today, ref,
                year.rules().niNumberFundModels().isEmpty() ? "" : "<NINumber>QQ123456C</NINumber>", programmeCoding)
                .strip();
        Path file = Files.createTempDirectory("bootcamp-events").resolve("ILR-10004567-" + year.shortCode() + "-"
                + today.toString().replace("-", "") + "-" + serial + ".xml");
        Files.writeString(file, xml);
        return file;
    }
}
