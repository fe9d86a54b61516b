package app.waymark.ui;

import app.waymark.base.ui.AccessDeniedView;
import app.waymark.ilr.IlrImportService;
import app.waymark.ilr.IlrImportStatus;
import app.waymark.learner.LearnerFilter;
import app.waymark.learner.LearnerService;
import app.waymark.learner.MisChange;
import app.waymark.learner.MisState;
import app.waymark.learner.MisTestFiles;
import app.waymark.learner.RecordChange;
import app.waymark.tracker.RaiseRequest;
import app.waymark.tracker.TrackerService;
import app.waymark.tracker.TrackerType;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Sort;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.UploadKt._upload;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class MisChangesViewTest extends KaribuTest {

    @Autowired
    IlrImportService imports;
    @Autowired
    LearnerService learners;
    @Autowired
    TrackerService trackers;

    @TempDir
    Path directory;

    private String ref;

    /** A learner imported into Riverside whose address a processed tracker changed (two fields to key). */
    @BeforeEach
    void processAnAddressChange() throws IOException {
        ref = MisTestFiles.uniqueRef("MISUI");
        signIn("mis@riverside.example");
        Path file = MisTestFiles.write(directory, "10004567", LocalDate.of(2025, 1, 8), ref, "1 The Street",
                "BR1 7SS", "07700900555");
        assertThat(imports.importFile(file, "ui.xml", progress -> { }).status()).isEqualTo(IlrImportStatus.APPLIED);
        UUID learner = learners.find(new LearnerFilter(ref, null, null, null, null), 0, 1, Sort.unsorted())
                .getFirst().id();
        signIn("tutor@riverside.example");
        UUID tracker = trackers.raise(new RaiseRequest(TrackerType.CHANGE_OF_ADDRESS, learner,
                new RecordChange.AddressChange("9 Orchard Row", null, null, null, "LS6 2AB"), null, null,
                "phone call from learner", null, null));
        signIn("tracker-process@riverside.example");
        trackers.process(tracker, trackers.details(tracker).orElseThrow().version(), Map.of());
    }

    @Test
    void an_mis_officer_lists_the_changes_to_key_marks_one_keyed_and_finds_it_in_the_mis() {
        signInToUi("mis@riverside.example");
        UI.getCurrent().navigate("mis-changes");
        @SuppressWarnings("unchecked")
        Grid<MisChange> grid = _get(Grid.class, spec -> spec.withId("mis-grid"));
        @SuppressWarnings("unchecked")
        ComboBox<MisState> state = _get(ComboBox.class, spec -> spec.withId("mis-state"));
        assertThat(state.getValue()).as("to key by default").isEqualTo(MisState.TO_KEY);
        _setValue(_get(TextField.class, spec -> spec.withId("mis-search")), ref);
        assertThat(_size(grid)).isEqualTo(2);
        assertThat(_get(grid, 0).learnRefNumber()).isEqualTo(ref);
        assertThat(_get(grid, 0).state()).isEqualTo(MisState.TO_KEY);
        _assertOne(Anchor.class, spec -> spec.withId("mis-export-xlsx"));
        _assertOne(Anchor.class, spec -> spec.withId("mis-export-csv"));

        MisChange marked = _get(grid, 0);
        _click((Button) _getCellComponent(grid, 0, "mark"));

        assertThat(_size(grid)).isEqualTo(1);
        assertThat(_get(grid, 0).id()).isNotEqualTo(marked.id());
        _setValue(state, MisState.IN_MIS);
        assertThat(_size(grid)).isEqualTo(1);
        assertThat(_get(grid, 0).id()).isEqualTo(marked.id());
        assertThat(_get(grid, 0).settledBy()).isNotBlank();
    }

    @Test
    void the_filter_comes_from_the_url_and_a_tracker_processor_sees_the_list_without_marking() {
        signInToUi("tracker-process@riverside.example");
        UI.getCurrent().navigate("mis-changes", com.vaadin.flow.router.QueryParameters.simple(
                Map.of("state", "all", "q", ref)));
        @SuppressWarnings("unchecked")
        Grid<MisChange> grid = _get(Grid.class, spec -> spec.withId("mis-grid"));
        assertThat(_get(ComboBox.class, spec -> spec.withId("mis-state")).getValue()).isNull();
        assertThat(_size(grid)).isEqualTo(2);
        assertThat(grid.getColumnByKey("mark")).isNull();
    }

    @Test
    void the_ilr_import_page_says_which_fields_kept_waymarks_value_over_an_older_file() throws IOException {
        signInToUi("mis@riverside.example");
        UI.getCurrent().navigate("ilr/imports");
        Path older = MisTestFiles.write(directory, "10004567", LocalDate.of(2025, 1, 9), ref, "1 The Street",
                "BR1 7SS", "07700900777");

        _upload(_get(Upload.class, spec -> spec.withId("ilr-upload")), "older.xml", "text/xml",
                Files.readAllBytes(older));

        await().pollInSameThread().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            MockVaadin.clientRoundtrip(false);
            assertThat(_find(Paragraph.class, spec -> spec.withId("ilr-mis-kept"))).singleElement()
                    .extracting(Paragraph::getText).isEqualTo("Kept Waymark's value for 2 fields processed after "
                            + "the file was prepared (still to key into the MIS):");
        });
        assertThat(_get(Div.class, spec -> spec.withId("ilr-mis-round-trip")).getElement().getTextRecursively())
                .contains(ref + ", Learner Postcode: kept LS6 2AB; the file had BR1 7SS (Tracker T-")
                .contains(ref + ", Learner AddLine1: kept 9 Orchard Row; the file had 1 The Street");
        assertThat(_get(Paragraph.class, spec -> spec.withId("ilr-counts")).getText())
                .endsWith("MIS round trip: 0 keyed, 2 kept, 0 superseded.");
    }

    @Test
    void a_tutor_typing_the_url_gets_access_denied() {
        signInToUi("tutor@riverside.example");
        UI.getCurrent().navigate("mis-changes");
        _assertOne(AccessDeniedView.class);
        _assertNone(Grid.class);
    }
}
