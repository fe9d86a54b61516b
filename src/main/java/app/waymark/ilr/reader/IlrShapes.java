package app.waymark.ilr.reader;

/** The parts of the ILR the portal reads, by element name. The same for every supported year (what a year accepts in them is its IlrYearRules). */
final class IlrShapes {

    static final ElementShape HEADER = ElementShape.of()
            .withGroup("CollectionDetails", ElementShape.of("FilePreparationDate"))
            .withGroup("Source", ElementShape.of("UKPRN"));

    static final ElementShape LEARNING_PROVIDER = ElementShape.of("UKPRN");

    static final ElementShape LEARNING_DELIVERY = ElementShape.of(
                    "LearnAimRef", "AimType", "AimSeqNumber", "LearnStartDate", "OrigLearnStartDate",
                    "LearnPlanEndDate", "FundModel", "ProgType", "StdCode", "PHours", "OTJActHours", "CompStatus",
                    "LearnActEndDate", "WithdrawReason", "Outcome", "AchDate")
            .withGroup("LearningDeliveryFAM", ElementShape.of(
                    "LearnDelFAMType", "LearnDelFAMCode", "LearnDelFAMDateFrom", "LearnDelFAMDateTo"));

    static final ElementShape EMPLOYMENT_STATUS = ElementShape.of("EmpStat", "DateEmpStatApp", "EmpId")
            .withGroup("EmploymentStatusMonitoring", ElementShape.of("ESMType", "ESMCode"));

    static final ElementShape LEARNER = ElementShape.of(
                    "LearnRefNumber", "ULN", "FamilyName", "GivenNames", "DateOfBirth", "AddLine1", "AddLine2",
                    "AddLine3", "AddLine4", "Postcode", "TelNo", "Email", "NINumber")
            .withGroup("LearnerFAM", ElementShape.of("LearnFAMType", "LearnFAMCode"))
            .withGroup("LLDDandHealthProblem", ElementShape.of("LLDDCat", "PrimaryLLDD"))
            .withGroup("ContactPreference", ElementShape.of("ContPrefType", "ContPrefCode"))
            .withGroup("LearnerEmploymentStatus", EMPLOYMENT_STATUS)
            .withGroup("LearningDelivery", LEARNING_DELIVERY);

    private IlrShapes() {
    }
}
