package app.waymark.bootcamp;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The ILR fragment of the rows to key in: learning deliveries to add or change, in the collection year's namespace. */
class EventFragmentTest {

    @Test
    void the_fragment_has_the_new_event_aim_in_full_and_only_the_changed_elements_of_zprog001() throws Exception {
        LocalDate start = LocalDate.of(2022, 8, 1);
        LocalDate end = LocalDate.of(2022, 11, 30);
        LocalDate offer = LocalDate.of(2022, 12, 20);
        BootcampProgramme programme = new BootcampProgramme(List.of(
                Aims.programme(1, start, end).status(1, 8).build(),
                Aims.component(2, "Z0059758", start, end).status(2, 1).ended(end).build()));
        RecordedEvent event = new RecordedEvent(UUID.randomUUID(), UUID.randomUUID(), EventKind.INTERVIEW_OFFER,
                offer, null, null, "Test", Instant.now(), null, null);
        BootcampEvents.LearnerEvents learner = new BootcampEvents.LearnerEvents(event.learnerId(), "BC1", "Jo",
                List.of(new BootcampEvents.LearnerEvent(event,
                        KeyInRows.rows(event.kind(), offer, null, programme, 3), null)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        EventFragment.write(List.of(learner), EventFragment.namespace(LocalDate.of(2026, 12, 4)), out);

        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document xml = factory.newDocumentBuilder().parse(new ByteArrayInputStream(out.toByteArray()));
        assertThat(xml.getDocumentElement().getNamespaceURI()).isEqualTo("ESFA/ILR/2026-27");
        assertThat(text(xml.getDocumentElement(), "LearnRefNumber")).isEqualTo("BC1");
        NodeList deliveries = xml.getElementsByTagName("LearningDelivery");
        assertThat(deliveries.getLength()).isEqualTo(2);
        Element eventAim = (Element) deliveries.item(0);
        assertThat(children(eventAim)).containsExactly("LearnAimRef", "AimType", "AimSeqNumber", "LearnStartDate",
                "LearnPlanEndDate", "FundModel", "ProgType", "CompStatus", "LearnActEndDate", "Outcome",
                "LearningDeliveryFAM");
        assertThat(text(eventAim, "LearnAimRef")).isEqualTo("Z0059747");
        assertThat(text(eventAim, "LearnDelFAMCode")).isEqualTo("105");
        Element programmeAim = (Element) deliveries.item(1);
        assertThat(children(programmeAim)).containsExactly("LearnAimRef", "AimSeqNumber", "CompStatus",
                "LearnActEndDate", "Outcome");
        assertThat(text(programmeAim, "LearnActEndDate")).isEqualTo("2022-12-20");
        assertThat(out.toString(java.nio.charset.StandardCharsets.UTF_8)).contains("<!-- AchDate: leave empty -->");
    }

    private static String text(Element parent, String name) {
        return parent.getElementsByTagName(name).item(0).getTextContent();
    }

    private static List<String> children(Element parent) {
        List<String> names = new java.util.ArrayList<>();
        for (int i = 0; i < parent.getChildNodes().getLength(); i++) {
            if (parent.getChildNodes().item(i) instanceof Element child) {
                names.add(child.getLocalName());
            }
        }
        return names;
    }
}
