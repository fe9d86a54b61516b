package app.waymark.ilr.reader;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static app.waymark.ilr.reader.IlrFieldRules.EMAIL;
import static app.waymark.ilr.reader.IlrFieldRules.EMP_ID;
import static app.waymark.ilr.reader.IlrFieldRules.EMP_STATS;
import static app.waymark.ilr.reader.IlrFieldRules.FAM_CODE;
import static app.waymark.ilr.reader.IlrFieldRules.LEARN_REF_NUMBER;
import static app.waymark.ilr.reader.IlrFieldRules.MAX_EMAIL_LENGTH;
import static app.waymark.ilr.reader.IlrFieldRules.MAX_NAME_LENGTH;
import static app.waymark.ilr.reader.IlrFieldRules.MAX_PMC_CODE;
import static app.waymark.ilr.reader.IlrFieldRules.MAX_RUI_CODE;
import static app.waymark.ilr.reader.IlrFieldRules.MONITORING_TYPE;
import static app.waymark.ilr.reader.IlrFieldRules.PMC;
import static app.waymark.ilr.reader.IlrFieldRules.POSTCODE;
import static app.waymark.ilr.reader.IlrFieldRules.RUI;
import static app.waymark.ilr.reader.IlrFieldRules.TEL_NO;

/**
 * Checks a Learner and maps it to {@link IlrLearner}. One instance per file: it remembers the LearnRefNumbers seen
 * (only those) to find duplicates.
 */
final class LearnerMapper {

    private final IlrYear year;
    private final ProblemCollector collector;
    private final Set<String> learnRefNumbersSeen = new HashSet<>();

    LearnerMapper(IlrYear year, ProblemCollector collector) {
        this.year = year;
        this.collector = collector;
    }

    /** The learner, or null when it has a problem (which has then been reported). */
    IlrLearner map(RawElement learner) {
        LearnerProblems problems = new LearnerProblems(collector);
        String learnRefNumber = learnRefNumber(learner, problems);
        FieldReader fields = new FieldReader(learner, problems);
        if (learner.incomplete()) {
            problems.add(learner.line(), null, String.format(Locale.ROOT,
                    "Learner holds more than %,d characters of data; it was not read completely",
                    ShapedElementReader.MAX_KEPT_CHARACTERS));
        }
        String uln = uln(fields);
        String familyName = fields.withMaxLength("FamilyName", MAX_NAME_LENGTH);
        String givenNames = fields.withMaxLength("GivenNames", MAX_NAME_LENGTH);
        LocalDate dateOfBirth = fields.date("DateOfBirth");
        String postcode = fields.requiredMatching("Postcode", POSTCODE, "a UK postcode such as 'BR1 7SS' in capitals");
        String telNo = fields.matching("TelNo", TEL_NO, "digits only, at most 18");
        String email = email(fields);
        List<IlrFam> learnerFams = learner.groups("LearnerFAM").stream().map(fam -> learnerFam(fam, problems)).toList();
        List<IlrContactPreference> contactPreferences = learner.groups("ContactPreference").stream()
                .map(preference -> contactPreference(preference, problems)).toList();
        List<IlrEmploymentStatus> employmentStatuses = learner.groups("LearnerEmploymentStatus").stream()
                .map(status -> employmentStatus(status, problems)).toList();
        List<RawElement> rawDeliveries = learner.groups("LearningDelivery");
        List<IlrLearningDelivery> deliveries = rawDeliveries.stream()
                .map(delivery -> LearningDeliveryMapper.map(delivery, year, problems)).toList();
        learner.groups("LLDDandHealthProblem").forEach(lldd -> llddCategory(lldd, problems));
        niNumber(fields, deliveries);
        if (problems.count() > 0) {
            return null;
        }
        return new IlrLearner(learner.line(), learnRefNumber, uln, familyName, givenNames, dateOfBirth,
                fields.text("AddLine1"), fields.text("AddLine2"), fields.text("AddLine3"), fields.text("AddLine4"),
                postcode, telNo, email, learnerFams, contactPreferences, employmentStatuses, deliveries);
    }

    private String learnRefNumber(RawElement learner, LearnerProblems problems) {
        RawElement.Field field = learner.field("LearnRefNumber");
        if (field == null || field.text().isEmpty()) {
            problems.add(learner.line(), "LearnRefNumber", "LearnRefNumber is required");
            return null;
        }
        String given = field.text();
        problems.learnRefNumber(FieldReader.shortened(given));
        if (!LEARN_REF_NUMBER.matcher(given).matches()) {
            problems.add(field.line(), "LearnRefNumber",
                    "LearnRefNumber must be 1-12 letters, digits or spaces" + FieldReader.found(given));
            return null;
        }
        if (!learnRefNumbersSeen.add(given)) {
            problems.add(field.line(), "LearnRefNumber",
                    "LearnRefNumber " + given + " is used by another learner earlier in the file");
            return null;
        }
        return given;
    }

    private static String uln(FieldReader fields) {
        String uln = fields.required("ULN");
        String problem = uln == null ? null : IlrFieldRules.ulnProblem(uln);
        if (problem != null) {
            fields.problem("ULN", problem + FieldReader.found(uln));
            return null;
        }
        return uln;
    }

    private static String email(FieldReader fields) {
        String email = fields.withMaxLength("Email", MAX_EMAIL_LENGTH);
        return email == null ? null : fields.matching("Email", EMAIL, "an email address such as 'name@example.com'");
    }

    private static IlrFam learnerFam(RawElement fam, LearnerProblems problems) {
        int problemsBefore = problems.count();
        FieldReader fields = new FieldReader(fam, problems);
        String type = fields.requiredMatching("LearnFAMType", MONITORING_TYPE, "3 capital letters");
        String code = fields.requiredMatching("LearnFAMCode", FAM_CODE, "1-5 letters or digits");
        return problems.count() > problemsBefore ? null : new IlrFam(type, code, null, null);
    }

    private IlrContactPreference contactPreference(RawElement preference, LearnerProblems problems) {
        if (!year.hasContactPreferences()) {
            problems.add(preference.line(), "ContactPreference", "ContactPreference is not part of the " + year.label() + " ILR");
            return null;
        }
        int problemsBefore = problems.count();
        FieldReader fields = new FieldReader(preference, problems);
        String type = fields.required("ContPrefType");
        Integer code = fields.requiredInteger("ContPrefCode");
        if (type != null && !type.equals(RUI) && !type.equals(PMC)) {
            fields.problem("ContPrefType", "ContPrefType must be RUI or PMC" + FieldReader.found(type));
        } else if (type != null && code != null) {
            int maxCode = type.equals(RUI) ? MAX_RUI_CODE : MAX_PMC_CODE;
            if (code < 1 || code > maxCode) {
                fields.problem("ContPrefCode", "ContPrefCode for " + type + " must be from 1 to " + maxCode
                        + FieldReader.found(fields.text("ContPrefCode")));
            }
        }
        return problems.count() > problemsBefore ? null : new IlrContactPreference(type, code);
    }

    /** LLDD categories are checked only for codes the year removed; the portal keeps none of them. */
    private void llddCategory(RawElement lldd, LearnerProblems problems) {
        FieldReader fields = new FieldReader(lldd, problems);
        Integer category = fields.requiredInteger("LLDDCat");
        if (category != null && year.rules().removedLlddCategories().contains(category)) {
            fields.problem("LLDDCat", "LLDDCat " + category + " is not part of the " + year.label() + " ILR");
        }
    }

    /** The NINumber is checked only where the year requires it; the portal keeps none. */
    private void niNumber(FieldReader fields, List<IlrLearningDelivery> deliveries) {
        deliveries.stream().filter(java.util.Objects::nonNull).map(IlrLearningDelivery::fundModel)
                .filter(year.rules().niNumberFundModels()::contains).findFirst()
                .filter(fundModel -> fields.text("NINumber") == null)
                .ifPresent(fundModel -> fields.problem("NINumber", "NINumber is required in the " + year.label()
                        + " ILR for a learner with FundModel " + fundModel));
    }

    private IlrEmploymentStatus employmentStatus(RawElement status, LearnerProblems problems) {
        int problemsBefore = problems.count();
        FieldReader fields = new FieldReader(status, problems);
        Integer empStat = fields.requiredCode("EmpStat", EMP_STATS);
        LocalDate dateEmpStatApp = fields.requiredDate("DateEmpStatApp");
        String empId = fields.matching("EmpId", EMP_ID, "9 digits");
        List<IlrEmploymentMonitoring> monitoring = status.groups("EmploymentStatusMonitoring").stream()
                .map(esm -> employmentMonitoring(esm, problems)).toList();
        return problems.count() > problemsBefore ? null : new IlrEmploymentStatus(empStat, dateEmpStatApp,
                empId == null ? null : Long.valueOf(empId), monitoring);
    }

    private IlrEmploymentMonitoring employmentMonitoring(RawElement monitoring, LearnerProblems problems) {
        int problemsBefore = problems.count();
        FieldReader fields = new FieldReader(monitoring, problems);
        String type = fields.requiredMatching("ESMType", MONITORING_TYPE, "3 capital letters");
        Integer code = fields.requiredInteger("ESMCode");
        if (type != null && code != null && year.rules().monitoringCodeRemoved(type, code)) {
            fields.problem("ESMCode", "ESMType " + type + " code " + code + " is not part of the " + year.label()
                    + " ILR");
        }
        return problems.count() > problemsBefore ? null : new IlrEmploymentMonitoring(type, code);
    }
}
