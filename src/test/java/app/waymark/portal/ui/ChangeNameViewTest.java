package app.waymark.portal.ui;

import app.waymark.learner.RecordChange;
import app.waymark.tracker.LearnerRequests;
import app.waymark.tracker.RaiseRequest;
import app.waymark.tracker.TrackerService;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.upload.Upload;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.UploadKt._upload;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Request a change of name: the name, whether it is a legal change, for a legal change one document (PDF, JPEG or PNG
 * by its content, at most 10 MB), check your answers, sent. Files that are not what they say are refused at once.
 */
class ChangeNameViewTest extends PortalPageTest {

    @Autowired
    TrackerService trackers;

    @Test
    void the_name_fields_say_what_is_missing_and_the_name_already_held_is_not_a_change() {
        UUID learner = openAs("WM00000296", "me/riverside/change/name");
        assertThat(heading()).isEqualTo("What is your name now?");
        String given = riverside.column(learner, "given_names");
        String family = riverside.column(learner, "family_name");
        assertThat(field("givenNames").getValue()).isEqualTo(given);
        assertThat(_get(Paragraph.class, spec -> spec.withId("current-name")).getText())
                .isEqualTo("The name we have for you now: " + given + " " + family);

        click("continue");
        assertThat(errorSummary()).contains("This is the name we already have. Enter your new name");

        type("givenNames", "");
        type("familyName", " ");
        click("continue");
        assertThat(errorSummary()).contains("Enter your given names", "Enter your family name");
        assertThat(field("familyName").getErrorMessage()).isEqualTo("Enter your family name");

        type("givenNames", "A".repeat(101));
        type("familyName", "Okoro");
        click("continue");
        assertThat(errorSummary()).contains("Given names must be 100 characters or fewer")
                .doesNotContain("family name");
        assertThat(requestsOf(learner)).isEmpty();
    }

    @Test
    void a_name_that_is_not_a_legal_change_needs_no_document() {
        UUID learner = openAs("WM00000297", "me/riverside/change/name");
        type("givenNames", "Jo");
        type("familyName", "Okoro");
        click("continue");
        assertThat(heading()).isEqualTo("Is this a legal change of name?");
        click("continue");
        assertThat(errorSummary()).contains("Select yes if this is a legal change of name");

        _setValue(legal(), false);
        click("continue");

        assertThat(heading()).isEqualTo("Check your answers");
        assertThat(summary()).contains("New name", "Jo Okoro", "Legal change of name", "No")
                .doesNotContain("Document");
        click("submit");
        assertThat(heading()).isEqualTo("Request sent");
        assertThat(requestsOf(learner)).singleElement().satisfies(request -> assertThat(request.change())
                .isEqualTo(new RecordChange.NameChange("Jo", "Okoro", false)));
    }

    @Test
    void a_renamed_program_a_file_over_10_MB_and_a_gif_are_each_refused_with_a_reason_and_nothing_is_kept()
            throws IOException {
        UUID learner = openAs("WM00000298", "me/riverside/change/name");
        type("givenNames", "Ada");
        type("familyName", "Whitmore");
        click("continue");
        _setValue(legal(), true);
        click("continue");
        assertThat(heading()).isEqualTo("Upload a document that shows your new name");
        assertThat(pageText()).contains("The file must be a PDF, JPEG or PNG, and smaller than 10 MB.");

        click("continue");
        assertRefused("Upload a document that shows your new name");

        byte[] program = new byte[4096];
        program[0] = 'M';
        program[1] = 'Z';
        _upload(evidence(), "deed-poll.pdf", "application/pdf", program);
        assertRefused("The evidence file deed-poll.pdf is not a PDF, JPEG or PNG");

        byte[] huge = new byte[LearnerRequests.MAX_EVIDENCE_BYTES + 1];
        System.arraycopy("%PDF-1.7".getBytes(StandardCharsets.US_ASCII), 0, huge, 0, 8);
        _upload(evidence(), "scan.pdf", "application/pdf", huge);
        assertRefused("The selected file must be smaller than 10 MB");

        _upload(evidence(), "certificate.gif", "image/gif", "GIF89a\1\0\1\0".getBytes(StandardCharsets.ISO_8859_1));
        assertRefused("The evidence file certificate.gif is not a PDF, JPEG or PNG");

        click("continue");
        assertThat(heading()).as("no file was kept").isEqualTo("Upload a document that shows your new name");
        assertRefused("Upload a document that shows your new name");
        assertThat(requestsOf(learner)).isEmpty();
    }

    @Test
    void a_legal_change_sends_the_document_with_the_request() throws IOException {
        UUID learner = openAs("WM00000299", "me/riverside/change/name");
        type("givenNames", "Bea");
        type("familyName", "Lark");
        click("continue");
        _setValue(legal(), true);
        click("continue");
        byte[] photo = png();

        _upload(evidence(), "marriage-certificate.png", "image/png", photo);

        assertThat(_get(Paragraph.class, spec -> spec.withId("evidence-name")).getText())
                .isEqualTo("marriage-certificate.png is uploaded");
        click("continue");
        assertThat(summary()).contains("Bea Lark", "Legal change of name", "Yes", "Document",
                "marriage-certificate.png");
        click("submit");

        assertThat(heading()).isEqualTo("Request sent");
        LearnerRequests.LearnerRequest sent = requestsOf(learner).getFirst();
        assertThat(sent.change()).isEqualTo(new RecordChange.NameChange("Bea", "Lark", true));
        signIn("tracker-process@riverside.example");
        RaiseRequest.Evidence kept = trackers.evidence(sent.trackerId()).orElseThrow();
        SecurityContextHolder.clearContext();
        assertThat(kept.fileName()).isEqualTo("marriage-certificate.png");
        assertThat(kept.contentType()).isEqualTo("image/png");
        assertThat(Arrays.equals(kept.content(), photo)).isTrue();
    }

    private void assertRefused(String message) {
        assertThat(errorSummary()).contains(message);
        Span error = _get(Span.class, spec -> spec.withId("evidence-error"));
        assertThat(error.isVisible()).isTrue();
        assertThat(error.getText()).isEqualTo(message);
        assertThat(_get(Paragraph.class, spec -> spec.withId("evidence-name")).getText()).isEmpty();
    }

    @SuppressWarnings("unchecked")
    private static RadioButtonGroup<Boolean> legal() {
        return _get(RadioButtonGroup.class, spec -> spec.withId("legalChange"));
    }

    private static Upload evidence() {
        return _get(Upload.class, spec -> spec.withId("evidence"));
    }

    private static byte[] png() throws IOException {
        BufferedImage image = new BufferedImage(40, 20, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
