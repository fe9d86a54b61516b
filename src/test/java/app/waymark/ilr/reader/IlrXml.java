package app.waymark.ilr.reader;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds small ILR files for tests: valid by default, each part overridable. */
final class IlrXml {

    static final String UKPRN = "10012345";
    /** Valid ULNs taken from the funder's sample file. */
    static final List<String> VALID_ULNS = List.of("1061484016", "1061484466", "1061484903", "1061485810",
            "1061486701", "1061486949", "1061487171", "1061487392", "1061487635", "1061487856", "1004014316");

    private IlrXml() {
    }

    /** A whole file: declaration, Message in the year's namespace, Header, LearningProvider and the learners. */
    static String message(IlrYear year, String... learners) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<Message xmlns=\"" + year.namespace() + "\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">\n"
                + header(UKPRN)
                + "  <LearningProvider>\n    <UKPRN>" + UKPRN + "</UKPRN>\n  </LearningProvider>\n"
                + String.join("", learners)
                + "</Message>\n";
    }

    static String header(String ukprn) {
        return """
                  <Header>
                    <CollectionDetails>
                      <Collection>ILR</Collection>
                      <Year>2526</Year>
                      <FilePreparationDate>2025-01-08</FilePreparationDate>
                    </CollectionDetails>
                    <Source>
                      <ProtectiveMarking>OFFICIAL-SENSITIVE-Personal</ProtectiveMarking>
                      <UKPRN>%s</UKPRN>
                      <SoftwareSupplier>Waymark tests</SoftwareSupplier>
                    </Source>
                  </Header>
                """.formatted(ukprn);
    }

    static Element learner(String learnRefNumber) {
        return learner(learnRefNumber, VALID_ULNS.getFirst());
    }

    static Element learner(String learnRefNumber, String uln) {
        return new Element("Learner", "  ")
                .set("LearnRefNumber", learnRefNumber)
                .set("ULN", uln)
                .set("FamilyName", "Smith")
                .set("GivenNames", "Jane")
                .set("DateOfBirth", "2007-02-27")
                .set("Postcode", "BR1 7SS");
    }

    static Element delivery(int aimSeqNumber) {
        return new Element("LearningDelivery", "    ")
                .set("LearnAimRef", "60146242")
                .set("AimType", "4")
                .set("AimSeqNumber", String.valueOf(aimSeqNumber))
                .set("LearnStartDate", "2024-09-01")
                .set("LearnPlanEndDate", "2025-07-31")
                .set("FundModel", "25")
                .set("CompStatus", "1");
    }

    static Element employmentStatus(String empStat, String dateEmpStatApp) {
        return new Element("LearnerEmploymentStatus", "    ")
                .set("EmpStat", empStat)
                .set("DateEmpStatApp", dateEmpStatApp);
    }

    static Element element(String name, String... namesAndValues) {
        Element element = new Element(name, "    ");
        for (int i = 0; i < namesAndValues.length; i += 2) {
            element.set(namesAndValues[i], namesAndValues[i + 1]);
        }
        return element;
    }

    static Element contactPreference(String type, String code) {
        return element("ContactPreference", "ContPrefType", type, "ContPrefCode", code);
    }

    /** An element with text fields (in insertion order) followed by child elements and raw XML. */
    static final class Element {

        private final String name;
        private final String indent;
        private final Map<String, String> fields = new LinkedHashMap<>();
        private final List<String> children = new ArrayList<>();

        Element(String name, String indent) {
            this.name = name;
            this.indent = indent;
        }

        /** Sets a text field; the value is written as given, so it may hold entities or markup. */
        Element set(String field, String value) {
            fields.put(field, value);
            return this;
        }

        Element without(String... fieldNames) {
            Arrays.stream(fieldNames).forEach(fields::remove);
            return this;
        }

        Element with(Element... childElements) {
            Arrays.stream(childElements).map(Element::xml).forEach(children::add);
            return this;
        }

        Element withRaw(String xml) {
            children.add(indent + "  " + xml + "\n");
            return this;
        }

        String xml() {
            StringBuilder xml = new StringBuilder(indent).append('<').append(name).append(">\n");
            fields.forEach((field, value) -> xml.append(indent).append("  <").append(field).append('>')
                    .append(value).append("</").append(field).append(">\n"));
            children.forEach(xml::append);
            return xml.append(indent).append("</").append(name).append(">\n").toString();
        }

        @Override
        public String toString() {
            return xml();
        }
    }
}
