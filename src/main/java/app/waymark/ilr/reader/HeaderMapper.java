package app.waymark.ilr.reader;

import java.time.LocalDate;
import java.util.List;

/** Checks the Header (and LearningProvider) and maps them to {@link IlrHeader}. */
final class HeaderMapper {

    private static final String UKPRN_RULE = "8 digits from 10000000 to 99999999";

    private HeaderMapper() {
    }

    /**
     * @param header           the Header element, or null when the file has none
     * @param learningProvider the LearningProvider element, or null when the file has none
     * @param messageLine      the line of the root element, for a missing Header
     * @return the header, or null when it has a problem (which has then been reported)
     */
    static IlrHeader map(IlrYear year, RawElement header, RawElement learningProvider, int messageLine,
                         LearnerProblems problems) {
        if (header == null) {
            problems.add(messageLine, "Header", "The file has no Header");
            return null;
        }
        int problemsBefore = problems.count();
        FieldReader source = new FieldReader(firstOrEmpty(header, "Source"), problems);
        String ukprn = source.requiredMatching("UKPRN", IlrFieldRules.UKPRN, UKPRN_RULE);
        FieldReader collectionDetails = new FieldReader(firstOrEmpty(header, "CollectionDetails"), problems);
        LocalDate filePreparationDate = collectionDetails.requiredDate("FilePreparationDate");
        if (learningProvider != null) {
            FieldReader provider = new FieldReader(learningProvider, problems);
            String providerUkprn = provider.requiredMatching("UKPRN", IlrFieldRules.UKPRN, UKPRN_RULE);
            if (ukprn != null && providerUkprn != null && !providerUkprn.equals(ukprn)) {
                provider.problem("UKPRN", "LearningProvider UKPRN " + providerUkprn
                        + " differs from the Header's UKPRN " + ukprn);
            }
        }
        return problems.count() > problemsBefore ? null : new IlrHeader(year, ukprn, filePreparationDate);
    }

    /** The first child group, or an empty stand-in on the parent's line so a missing field is reported there. */
    private static RawElement firstOrEmpty(RawElement parent, String groupName) {
        List<RawElement> groups = parent.groups(groupName);
        return groups.isEmpty() ? new RawElement(groupName, parent.line()) : groups.getFirst();
    }
}
