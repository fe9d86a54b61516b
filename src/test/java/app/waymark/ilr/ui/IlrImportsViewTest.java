package app.waymark.ilr.ui;

import app.waymark.audit.AuditActions;
import app.waymark.audit.AuditFilter;
import app.waymark.audit.AuditRecord;
import app.waymark.audit.AuditService;
import app.waymark.ilr.IlrImportService;
import app.waymark.ui.KaribuTest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.getNotifications;
import static com.github.mvysny.kaributesting.v10.UploadKt._upload;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * The ILR page with an import service that fails in a way nobody planned for (injected): the person is told in
 * plain words, the progress bar goes, and the failure is in the audit trail.
 */
class IlrImportsViewTest extends KaribuTest {

    @Autowired
    AuditService audit;

    @Test
    void an_unexpected_failure_of_the_background_import_is_shown_and_audited() {
        signInToUi("mis@northfield.example");
        IlrImportService failing = mock(IlrImportService.class);
        when(failing.maxFileBytes()).thenReturn(1_048_576L);
        when(failing.history(50)).thenReturn(List.of());
        when(failing.importFile(any(), any(), any())).thenThrow(
                new IllegalStateException("injected: the database went away"));
        IlrImportsView view = new IlrImportsView(failing, audit);
        UI.getCurrent().add(view);

        _upload(_get(Upload.class, spec -> spec.withId("ilr-upload")), "ILR-fails.xml", "text/xml",
                "<Message/>".getBytes(StandardCharsets.UTF_8));

        await().pollInSameThread().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            MockVaadin.clientRoundtrip(false);
            assertThat(_find(Paragraph.class, spec -> spec.withId("ilr-failure"))).singleElement()
                    .extracting(Paragraph::getText).isEqualTo("The import of ILR-fails.xml stopped because of a "
                            + "fault on our side, and nothing was changed. Try again; if it happens again, tell your "
                            + "administrator (it is in the audit trail).");
        });
        _assertNone(ProgressBar.class, spec -> spec.withId("ilr-progress")); // hidden
        assertThat(getNotifications()).anySatisfy(notification -> assertThat(
                com.github.mvysny.kaributools.NotificationsKt.getText(notification))
                .startsWith("The import of ILR-fails.xml stopped").doesNotContain("Exception"));

        signIn(NORTHFIELD_ADMIN);
        List<AuditRecord> failures = audit.find(new AuditFilter(null, AuditActions.BACKGROUND_TASK_FAILED,
                null, null), 0, 20);
        assertThat(failures).anySatisfy(entry -> {
            assertThat(entry.actorName()).isNotEqualTo("Waymark (system)");
            assertThat(entry.subjectId()).isEqualTo("ilr-import");
            assertThat(entry.detailsAfter()).contains("ILR-fails.xml").contains("injected: the database went away");
        });
    }

    @Test
    void a_file_over_the_limit_is_refused_with_the_limit_in_words_and_nothing_is_imported() {
        signInToUi("mis@northfield.example");
        IlrImportService small = mock(IlrImportService.class);
        when(small.maxFileBytes()).thenReturn(1_048_576L);
        when(small.history(50)).thenReturn(List.of());
        when(small.importFile(any(), any(), any())).thenThrow(new AssertionError("a refused file was imported"));
        UI.getCurrent().add(new IlrImportsView(small, audit));

        _upload(_get(Upload.class, spec -> spec.withId("ilr-upload")), "ILR-big.xml", "text/xml",
                new byte[1_048_577]);
        MockVaadin.clientRoundtrip(false);

        assertThat(_get(Paragraph.class, spec -> spec.withId("ilr-failure")).getText()).isEqualTo(
                "The file is larger than the 1 MB limit, so it was not imported. Zip it and upload the zip instead.");
    }
}
