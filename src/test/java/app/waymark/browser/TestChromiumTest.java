package app.waymark.browser;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The browser tests find a Chromium the way the README says, and say in one line what to do when there is none. */
class TestChromiumTest {

    @Test
    void chromium_set_names_the_browser_even_when_a_system_one_exists() {
        Set<Path> present = Set.of(Path.of("/opt/chrome/chrome"), Path.of("/usr/bin/chromium"));

        TestChromium.Choice choice = TestChromium.choose(Map.of("CHROMIUM", "/opt/chrome/chrome"), present::contains);

        assertThat(choice.executable()).contains(Path.of("/opt/chrome/chrome"));
    }

    @Test
    void chromium_set_to_something_that_is_not_there_fails_in_one_line_naming_it() {
        assertThatThrownBy(() -> TestChromium.choose(Map.of("CHROMIUM", "/nowhere/chrome"), path -> false))
                .hasMessage("CHROMIUM=/nowhere/chrome is not an executable file: " + TestChromium.HOW_TO_GET_ONE
                        + ", or unset it");
    }

    @Test
    void unset_uses_the_first_system_browser_there_is() {
        TestChromium.Choice choice = TestChromium.choose(Map.of(),
                Set.of(Path.of("/usr/bin/google-chrome"))::contains);

        assertThat(choice.executable()).contains(Path.of("/usr/bin/google-chrome"));
    }

    @Test
    void unset_with_no_system_browser_leaves_it_to_playwrights_own() {
        assertThat(TestChromium.choose(Map.of(), path -> false).executable()).isEmpty();
    }

    @Test
    void a_launch_failure_is_one_line_with_its_first_reason_and_what_to_install() {
        RuntimeException cause = new RuntimeException("""
                Error {
                  message='Failed to launch chromium because executable doesn't exist at /usr/bin/chromium
                  name='Error
                  stack='Error: Failed to launch chromium""");

        String message = TestChromium.failure(new TestChromium.Choice(Optional.of(Path.of("/usr/bin/chromium"))),
                cause);

        assertThat(message).doesNotContain("\n").isEqualTo("Browser tests cannot start: Chromium at"
                + " /usr/bin/chromium failed (Failed to launch chromium because executable doesn't exist at"
                + " /usr/bin/chromium); " + TestChromium.HOW_TO_GET_ONE);
    }
}
