package app.waymark.destination;

import app.waymark.Application;
import app.waymark.learner.LearnerViews;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The destination module reads learner data only through the read model the learner module publishes
 * ({@link LearnerViews}, decision 0054): SQL text naming the {@code learner} table is invisible to Spring Modulith's
 * verify, the view named through a learner type is not.
 */
class LearnerDataThroughReadModelTest {

    /** SQL that reads or writes the learner table itself: {@code learner_profile} and {@code learner_id} do not match. */
    static final Pattern NAMES_LEARNER_TABLE = Pattern.compile(
            "\\b(from|join|update|into|table)\\s+learner\\b(?!_)", Pattern.CASE_INSENSITIVE);

    private static final Path DESTINATION_SOURCES = Path.of("src/main/java/app/waymark/destination");

    @Test
    void the_pattern_finds_sql_that_names_the_learner_table_and_not_the_view_or_its_columns() {
        assertThat(NAMES_LEARNER_TABLE.matcher("from survey_invitation i join learner l on l.id = i.learner_id")
                .find()).isTrue();
        assertThat(NAMES_LEARNER_TABLE.matcher("select high_needs from learner where id = ? for update").find())
                .isTrue();
        assertThat(NAMES_LEARNER_TABLE.matcher("select email from \n    LEARNER where id = ?").find()).isTrue();
        assertThat(NAMES_LEARNER_TABLE.matcher("select email from learner_profile where id = ?").find()).isFalse();
        assertThat(NAMES_LEARNER_TABLE.matcher("join survey_candidate c on c.learner_id = i.learner_id").find())
                .isFalse();
    }

    @Test
    void no_destination_source_names_the_learner_table_in_sql() throws IOException {
        assertThat(DESTINATION_SOURCES).isDirectory();
        try (Stream<Path> files = Files.walk(DESTINATION_SOURCES)) {
            List<String> offenders = files.filter(file -> file.toString().endsWith(".java"))
                    .flatMap(file -> NAMES_LEARNER_TABLE.matcher(read(file)).results()
                            .map(match -> DESTINATION_SOURCES.relativize(file) + ": \"" + match.group() + "\""))
                    .toList();
            assertThat(offenders).as("read learner data through LearnerViews, not the learner table").isEmpty();
        }
    }

    @Test
    void spring_modulith_sees_the_destination_modules_dependency_on_the_learner_read_model() {
        ApplicationModules modules = ApplicationModules.of(Application.class);
        ApplicationModule destination = modules.getModuleByName("destination").orElseThrow();
        assertThat(destination.getDirectDependencies(modules).stream()
                .map(dependency -> dependency.getTargetType().getName()))
                .contains(LearnerViews.class.getName());
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
