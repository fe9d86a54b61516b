package app.waymark.learner;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.UUID;

/** Small 2025-26 ILR files of one continuing learner, for the MIS round-trip tests (prepared on a chosen date). */
public final class MisTestFiles {

    /** A LearnRefNumber no other test uses: the prefix, then random letters and digits up to 12 characters. */
    public static String uniqueRef(String prefix) {
        return prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 12 - prefix.length())
                .toUpperCase();
    }

    public static Path write(Path directory, String ukprn, LocalDate preparedOn, String ref, String addLine1,
                             String postcode, String telNo) throws IOException {
        return write(directory, ukprn, preparedOn, ref, addLine1, postcode, telNo, 1, null);
    }

    /** With the one aim (60311046, AimSeqNumber 1) completed ({@code compStatus} 2) on {@code actualEnd}. */
    public static Path write(Path directory, String ukprn, LocalDate preparedOn, String ref, String addLine1,
                             String postcode, String telNo, int compStatus, LocalDate actualEnd) throws IOException {
        Path file = directory.resolve("ILR-" + ref + "-" + UUID.randomUUID() + ".xml");
        Files.writeString(file, """
                <?xml version="1.0" encoding="UTF-8"?>
                <Message xmlns="ESFA/ILR/2025-26">
                  <Header>
                    <CollectionDetails><Collection>ILR</Collection><Year>2526</Year>
                      <FilePreparationDate>%s</FilePreparationDate></CollectionDetails>
                    <Source><ProtectiveMarking>OFFICIAL-SENSITIVE-Personal</ProtectiveMarking><UKPRN>%s</UKPRN>
                      <SoftwareSupplier>Test</SoftwareSupplier><SoftwarePackage>Test</SoftwarePackage>
                      <Release>1</Release><SerialNo>01</SerialNo><DateTime>%sT09:14:05</DateTime></Source>
                  </Header>
                  <LearningProvider><UKPRN>%s</UKPRN></LearningProvider>
                  <Learner>
                    <LearnRefNumber>%s</LearnRefNumber><ULN>1061484466</ULN>
                    <FamilyName>Round</FamilyName><GivenNames>Robin</GivenNames><DateOfBirth>2001-02-27</DateOfBirth>
                    <Ethnicity>31</Ethnicity><Sex>F</Sex><LLDDHealthProb>2</LLDDHealthProb>
                    <Postcode>%s</Postcode><AddLine1>%s</AddLine1><TelNo>%s</TelNo>
                    <Email>robin.round@example.org</Email>
                    <LearnerEmploymentStatus><EmpStat>10</EmpStat><DateEmpStatApp>2024-08-01</DateEmpStatApp>
                      <EmpId>123456789</EmpId>
                    </LearnerEmploymentStatus>
                    <LearningDelivery>
                      <LearnAimRef>60311046</LearnAimRef><AimType>4</AimType><AimSeqNumber>1</AimSeqNumber>
                      <LearnStartDate>2024-09-02</LearnStartDate><LearnPlanEndDate>2026-06-30</LearnPlanEndDate>
                      <FundModel>36</FundModel><DelLocPostCode>BR1 3RL</DelLocPostCode><CompStatus>%d</CompStatus>
                      %s
                    </LearningDelivery>
                  </Learner>
                </Message>
                """.formatted(preparedOn, ukprn, preparedOn, ukprn, ref, postcode, addLine1, telNo, compStatus,
                actualEnd == null ? "" : "<LearnActEndDate>" + actualEnd + "</LearnActEndDate><Outcome>1</Outcome>"));
        return file;
    }

    private MisTestFiles() {
    }
}
