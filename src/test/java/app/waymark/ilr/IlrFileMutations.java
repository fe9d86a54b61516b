package app.waymark.ilr;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Broken versions of a good ILR file for the import's fuzz test: each mutation is drawn from a seeded random source,
 * so a failing one can be made again from its seed and number. Elements are found by their tags (no ILR element
 * nests inside one of its own name).
 */
final class IlrFileMutations {

    enum Kind {
        TRUNCATED, BYTES_FLIPPED, ELEMENT_DUPLICATED, ELEMENTS_SWAPPED, ELEMENT_REMOVED, HUGE_VALUE, WRONG_NAMESPACE,
        ENTITY_DECLARED, ENCODING_MISDECLARED
    }

    record Mutation(int number, Kind kind, String description, byte[] file) {

        @Override
        public String toString() {
            return "mutation " + number + " (" + kind + ": " + description + ")";
        }
    }

    private static final List<String> ELEMENTS = List.of("Learner", "LearningDelivery", "LearningDeliveryFAM",
            "LearnerEmploymentStatus", "EmploymentStatusMonitoring", "LearnerFAM", "Header", "CollectionDetails",
            "Source", "UKPRN", "LearnRefNumber", "ULN", "LearnStartDate", "LearnPlanEndDate", "LearnActEndDate",
            "CompStatus", "FundModel", "LearnAimRef", "DateOfBirth", "Postcode", "Email", "TelNo",
            "LearnDelFAMDateFrom", "DateEmpStatApp", "EmpStat", "AimSeqNumber");
    private static final Pattern TEXT_VALUE = Pattern.compile(">([^<>\\s][^<>]*)</");
    private static final String NAMESPACE = "ESFA/ILR/2025-26";

    private final String original;
    private final Random random;

    IlrFileMutations(String original, long seed) {
        this.original = original;
        this.random = new Random(seed);
    }

    Mutation next(int number) {
        Kind kind = Kind.values()[random.nextInt(Kind.values().length)];
        return switch (kind) {
            case TRUNCATED -> {
                int at = random.nextInt(original.length());
                yield text(number, kind, "cut at character " + at, original.substring(0, at));
            }
            case BYTES_FLIPPED -> flipBytes(number);
            case ELEMENT_DUPLICATED -> element(number, kind, (xml, found) -> xml.substring(0, found.end())
                    + found.group() + xml.substring(found.end()));
            case ELEMENT_REMOVED -> element(number, kind, (xml, found) -> xml.substring(0, found.start())
                    + xml.substring(found.end()));
            case ELEMENTS_SWAPPED -> swap(number);
            case HUGE_VALUE -> hugeValue(number);
            case WRONG_NAMESPACE -> {
                String[] namespaces = {"ESFA/ILR/2019-20", "", "urn:not-the-ilr", "ESFA/ILR/2025-26/extra"};
                String replacement = namespaces[random.nextInt(namespaces.length)];
                yield text(number, kind, "namespace '" + replacement + "'",
                        original.replace("xmlns=\"" + NAMESPACE + "\"", "xmlns=\"" + replacement + "\""));
            }
            case ENTITY_DECLARED -> entity(number);
            case ENCODING_MISDECLARED -> text(number, kind, "declared UTF-16, written UTF-8",
                    "<?xml version=\"1.0\" encoding=\"UTF-16\"?>\n" + original);
        };
    }

    private Mutation flipBytes(int number) {
        byte[] bytes = original.getBytes(StandardCharsets.UTF_8);
        int flips = 1 + random.nextInt(8);
        List<Integer> positions = new ArrayList<>();
        for (int i = 0; i < flips; i++) {
            int at = random.nextInt(bytes.length);
            bytes[at] = (byte) random.nextInt(256);
            positions.add(at);
        }
        return new Mutation(number, Kind.BYTES_FLIPPED, "bytes at " + positions, bytes);
    }

    private interface Edit {
        String apply(String xml, Matcher found);
    }

    private Mutation element(int number, Kind kind, Edit edit) {
        String name = ELEMENTS.get(random.nextInt(ELEMENTS.size()));
        List<int[]> occurrences = occurrences(name);
        if (occurrences.isEmpty()) {
            return text(number, kind, name + " (not in the file: unchanged)", original);
        }
        int which = random.nextInt(occurrences.size());
        Matcher found = elementPattern(name).matcher(original);
        for (int i = 0; i <= which; i++) {
            found.find();
        }
        return text(number, kind, name + " #" + (which + 1), edit.apply(original, found));
    }

    private Mutation swap(int number) {
        String name = ELEMENTS.get(random.nextInt(ELEMENTS.size()));
        List<int[]> occurrences = occurrences(name);
        String other = ELEMENTS.get(random.nextInt(ELEMENTS.size()));
        List<int[]> others = occurrences(other);
        if (occurrences.isEmpty() || others.isEmpty()) {
            return text(number, Kind.ELEMENTS_SWAPPED, name + " and " + other + " (not both in the file: unchanged)",
                    original);
        }
        int[] first = occurrences.get(random.nextInt(occurrences.size()));
        int[] second = others.get(random.nextInt(others.size()));
        if (first[0] > second[0]) {
            int[] earlier = second;
            second = first;
            first = earlier;
        }
        if (first[1] > second[0]) {
            return text(number, Kind.ELEMENTS_SWAPPED, name + " and " + other + " (one inside the other: unchanged)",
                    original);
        }
        String swapped = original.substring(0, first[0]) + original.substring(second[0], second[1])
                + original.substring(first[1], second[0]) + original.substring(first[0], first[1])
                + original.substring(second[1]);
        return text(number, Kind.ELEMENTS_SWAPPED, name + " with " + other, swapped);
    }

    private Mutation hugeValue(int number) {
        List<int[]> values = new ArrayList<>();
        Matcher matcher = TEXT_VALUE.matcher(original);
        while (matcher.find()) {
            values.add(new int[]{matcher.start(1), matcher.end(1)});
        }
        int[] value = values.get(random.nextInt(values.size()));
        String[] fillings = {"9".repeat(40), "-" + "9".repeat(25), "A".repeat(200_000), "9".repeat(200_000),
                "2025-13-45", "\u0000\u0001", "=HYPERLINK(\"http://example.com\")", "'; drop table learner; --"};
        String filling = fillings[random.nextInt(fillings.length)];
        String shown = filling.length() > 40 ? filling.charAt(0) + " x " + filling.length() : filling;
        return text(number, Kind.HUGE_VALUE, "value at " + value[0] + " set to " + shown,
                original.substring(0, value[0]) + filling.replace("\u0000", "&#0;") + original.substring(value[1]));
    }

    private Mutation entity(int number) {
        String[] doctypes = {
                "<!DOCTYPE Message [<!ENTITY secret SYSTEM \"file:///etc/passwd\">]>",
                "<!DOCTYPE Message [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">"
                        + "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\">"
                        + "<!ENTITY secret \"&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;\">]>",
                "<!DOCTYPE Message SYSTEM \"http://198.51.100.1/ilr.dtd\">"};
        String doctype = doctypes[random.nextInt(doctypes.length)];
        int root = original.indexOf("<Message");
        String withEntity = original.substring(0, root) + doctype + "\n" + original.substring(root)
                .replaceFirst("<FamilyName>[^<]*</FamilyName>", "<FamilyName>&secret;</FamilyName>");
        return text(number, Kind.ENTITY_DECLARED, doctype.substring(0, Math.min(60, doctype.length())), withEntity);
    }

    private List<int[]> occurrences(String name) {
        List<int[]> found = new ArrayList<>();
        Matcher matcher = elementPattern(name).matcher(original);
        while (matcher.find()) {
            found.add(new int[]{matcher.start(), matcher.end()});
        }
        return found;
    }

    private static Pattern elementPattern(String name) {
        return Pattern.compile("<" + name + ">.*?</" + name + ">", Pattern.DOTALL);
    }

    private static Mutation text(int number, Kind kind, String description, String xml) {
        return new Mutation(number, kind, description, xml.getBytes(StandardCharsets.UTF_8));
    }
}
