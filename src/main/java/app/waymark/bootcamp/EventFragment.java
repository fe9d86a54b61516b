package app.waymark.bootcamp;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rows to key in as an ILR XML fragment (decision 0052): a {@code Message} in the collection year's namespace
 * holding, per learner, the {@code LearningDelivery} elements to add or change, with only the elements that change
 * (a new event aim in full; for ZPROG001 its AimSeqNumber and the changed values) and their
 * {@code LearningDeliveryFAM}s. No header: it is for keying in or pasting, not for submitting.
 */
public final class EventFragment {

    private static final String FAM_TYPE = "LearnDelFAMType";

    private EventFragment() {
    }

    /** The ILR namespace of the collection year {@code today} is in, e.g. {@code ESFA/ILR/2026-27}. */
    public static String namespace(LocalDate today) {
        return "ESFA/ILR/" + ContractYear.containing(today).label();
    }

    public static void write(List<BootcampEvents.LearnerEvents> learners, String namespace, OutputStream out)
            throws IOException {
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("Message");
            xml.writeDefaultNamespace(namespace);
            xml.writeComment(" Skills Bootcamp events recorded in Waymark: the learning deliveries to add or change"
                    + " in the MIS (only the elements that change). ");
            for (BootcampEvents.LearnerEvents learner : learners) {
                Map<Integer, Delivery> deliveries = new LinkedHashMap<>();
                learner.events().stream().filter(event -> !event.event().inMis())
                        .flatMap(event -> event.rows().stream())
                        .forEach(row -> deliveries.computeIfAbsent(row.aimSeqNumber(),
                                seq -> new Delivery(row.learnAimRef(), seq)).add(row));
                if (deliveries.isEmpty()) {
                    continue;
                }
                xml.writeStartElement("Learner");
                element(xml, "LearnRefNumber", learner.learnRefNumber());
                for (Delivery delivery : deliveries.values()) {
                    delivery.write(xml);
                }
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.flush();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IOException("The ILR fragment could not be written", e);
        }
    }

    /** One learning delivery's elements and FAMs, merged from the rows that touch it. */
    private static final class Delivery {
        private final String learnAimRef;
        private final int aimSeqNumber;
        private final Map<String, String> fields = new LinkedHashMap<>();
        private final List<List<KeyInRow.Field>> fams = new ArrayList<>();

        Delivery(String learnAimRef, int aimSeqNumber) {
            this.learnAimRef = learnAimRef;
            this.aimSeqNumber = aimSeqNumber;
        }

        void add(KeyInRow row) {
            List<KeyInRow.Field> fam = new ArrayList<>();
            for (KeyInRow.Field field : row.fields()) {
                if (field.name().startsWith("LearnDelFAM")) {
                    if (field.name().equals(FAM_TYPE) && !fam.isEmpty()) {
                        fams.add(fam);
                        fam = new ArrayList<>();
                    }
                    fam.add(field);
                } else if (!field.name().equals("LearnAimRef") && !field.name().equals("AimSeqNumber")) {
                    fields.put(field.name(), field.value());
                }
            }
            if (!fam.isEmpty()) {
                fams.add(fam);
            }
        }

        void write(XMLStreamWriter xml) throws XMLStreamException {
            xml.writeStartElement("LearningDelivery");
            element(xml, "LearnAimRef", learnAimRef);
            boolean aimTypeFirst = fields.containsKey("AimType");
            if (aimTypeFirst) {
                element(xml, "AimType", fields.get("AimType"));
            }
            element(xml, "AimSeqNumber", String.valueOf(aimSeqNumber));
            for (Map.Entry<String, String> field : fields.entrySet()) {
                if (field.getKey().equals("AimType")) {
                    continue;
                }
                if (field.getValue() == null || field.getValue().isEmpty()) {
                    xml.writeComment(" " + field.getKey() + ": leave empty ");
                } else {
                    element(xml, field.getKey(), field.getValue());
                }
            }
            for (List<KeyInRow.Field> fam : fams) {
                xml.writeStartElement("LearningDeliveryFAM");
                for (KeyInRow.Field field : fam) {
                    element(xml, field.name(), field.value());
                }
                xml.writeEndElement();
            }
            xml.writeEndElement();
        }
    }

    private static void element(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(value);
        xml.writeEndElement();
    }
}
