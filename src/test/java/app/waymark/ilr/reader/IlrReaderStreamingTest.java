package app.waymark.ilr.reader;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Large files go through one learner at a time; the handler here keeps nothing. */
class IlrReaderStreamingTest {

    private static final int LEARNERS = 20_000;
    private static final String NAMESPACE = IlrYear.Y2025_26.namespace();

    @TempDir
    Path dir;

    @Test
    void twenty_thousand_learners_stream_through_in_file_order_with_progress_by_the_percent_read() throws Exception {
        Path file = dir.resolve("ILR-10012345-2526-20250108-094401-01.xml");
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
            writeFile(out);
        }
        assertThat(Files.size(file)).as("generated file size").isGreaterThan(20_000_000);

        CountingHandler handler = new CountingHandler();
        IlrReadResult result = new IlrReader(IlrLimits.defaults()).read(file, file.getFileName().toString(), handler);

        assertThat(result.problems()).isEmpty();
        assertThat(result.learnerCount()).isEqualTo(LEARNERS);
        assertThat(handler.learners).isEqualTo(LEARNERS);
        assertThat(handler.deliveries).isEqualTo(2L * LEARNERS);
        assertThat(handler.outOfOrder).isZero();
        handler.assertProgressFollowedTheRead();
    }

    @Test
    void the_same_twenty_thousand_learners_stream_out_of_a_zip_with_progress_by_its_declared_size() throws Exception {
        Path zip = dir.resolve("ILR.zip");
        try (ZipOutputStream out = new ZipOutputStream(new BufferedOutputStream(Files.newOutputStream(zip)))) {
            out.putNextEntry(new ZipEntry("ILR-10012345-2526-20250108-094401-01.xml"));
            writeFile(out);
            out.closeEntry();
        }

        CountingHandler handler = new CountingHandler();
        IlrReadResult result = new IlrReader(IlrLimits.defaults()).read(zip, "ILR.zip", handler);

        assertThat(result.problems()).isEmpty();
        assertThat(handler.learners).isEqualTo(LEARNERS);
        handler.assertProgressFollowedTheRead();
    }

    /** Streams a valid 2025-26 file of {@link #LEARNERS} learners, each with an employment status and two aims. */
    private static void writeFile(OutputStream out) throws XMLStreamException, IOException {
        XMLStreamWriter xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out, "UTF-8");
        xml.writeStartDocument("UTF-8", "1.0");
        xml.setDefaultNamespace(NAMESPACE);
        xml.writeStartElement(NAMESPACE, "Message");
        xml.writeDefaultNamespace(NAMESPACE);
        xml.writeStartElement(NAMESPACE, "Header");
        xml.writeStartElement(NAMESPACE, "CollectionDetails");
        text(xml, "FilePreparationDate", "2025-01-08");
        xml.writeEndElement();
        xml.writeStartElement(NAMESPACE, "Source");
        text(xml, "UKPRN", "10012345");
        xml.writeEndElement();
        xml.writeEndElement();
        long nineDigits = 106_148_000L;
        for (int i = 0; i < LEARNERS; i++) {
            String uln;
            while ((uln = ReaderTestSupport.ulnFrom(nineDigits++)) == null) {
                // a few nine-digit stems have no valid check digit
            }
            xml.writeCharacters("\n  ");
            xml.writeStartElement(NAMESPACE, "Learner");
            text(xml, "LearnRefNumber", "L" + i);
            text(xml, "ULN", uln);
            text(xml, "FamilyName", "Family " + i);
            text(xml, "GivenNames", "Given");
            text(xml, "DateOfBirth", "2000-01-01");
            text(xml, "Ethnicity", "31");
            text(xml, "Postcode", "BR1 7SS");
            text(xml, "Email", "learner" + i + "@example.com");
            xml.writeStartElement(NAMESPACE, "LearnerEmploymentStatus");
            text(xml, "EmpStat", "10");
            text(xml, "DateEmpStatApp", "2024-08-31");
            text(xml, "EmpId", "123456789");
            xml.writeEndElement();
            for (int aim = 1; aim <= 2; aim++) {
                xml.writeStartElement(NAMESPACE, "LearningDelivery");
                text(xml, "LearnAimRef", aim == 1 ? "ZPROG001" : "60146242");
                text(xml, "AimType", aim == 1 ? "1" : "3");
                text(xml, "AimSeqNumber", String.valueOf(aim));
                text(xml, "LearnStartDate", "2024-09-01");
                text(xml, "LearnPlanEndDate", "2026-08-31");
                text(xml, "FundModel", "36");
                text(xml, "ProgType", "25");
                text(xml, "StdCode", "91");
                text(xml, "CompStatus", "1");
                xml.writeStartElement(NAMESPACE, "LearningDeliveryFAM");
                text(xml, "LearnDelFAMType", "ACT");
                text(xml, "LearnDelFAMCode", "1");
                text(xml, "LearnDelFAMDateFrom", "2024-09-01");
                xml.writeEndElement();
                xml.writeEndElement();
            }
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.close();
        out.flush();
    }

    private static void text(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        xml.writeStartElement(NAMESPACE, name);
        xml.writeCharacters(value);
        xml.writeEndElement();
    }

    private static final class CountingHandler implements IlrLearnerHandler {

        int learners;
        long deliveries;
        int outOfOrder;
        final List<Integer> percents = new ArrayList<>();
        int learnersAtHalf;

        @Override
        public void header(IlrHeader header) {
            // nothing to keep
        }

        @Override
        public void learner(IlrLearner learner) {
            if (!learner.learnRefNumber().equals("L" + learners)) {
                outOfOrder++;
            }
            learners++;
            deliveries += learner.deliveries().size();
        }

        @Override
        public void percentRead(int percent) {
            percents.add(percent);
            if (percent == 50) {
                learnersAtHalf = learners;
            }
        }

        /** Every percent from 1 to 100 once, in order, half the learners handed over at the half-way mark. */
        void assertProgressFollowedTheRead() {
            assertThat(percents).isEqualTo(IntStream.rangeClosed(1, 100).boxed().toList());
            assertThat(learnersAtHalf).isBetween(LEARNERS * 45 / 100, LEARNERS * 55 / 100);
        }
    }
}
