package app.waymark.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The Chromium the browser tests drive: the one {@code CHROMIUM} names; when unset, a system Chrome or Chromium;
 * when there is none, Playwright's own (downloaded by Playwright on first use). When none can be had, the tests fail
 * with one line saying what to install or set.
 */
final class TestChromium {

    static final List<Path> SYSTEM_BROWSERS = List.of(Path.of("/usr/bin/chromium"),
            Path.of("/usr/bin/chromium-browser"), Path.of("/usr/bin/google-chrome"),
            Path.of("/usr/bin/google-chrome-stable"), Path.of("/snap/bin/chromium"),
            Path.of("/Applications/Google Chrome.app/Contents/MacOS/Google Chrome"),
            Path.of("/Applications/Chromium.app/Contents/MacOS/Chromium"),
            Path.of("C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe"));

    static final String HOW_TO_GET_ONE = "install Chromium (Debian/Ubuntu: apt-get install chromium) or set CHROMIUM"
            + " to a Chrome or Chromium executable";

    private static final List<String> ARGUMENTS = List.of("--no-sandbox", "--disable-gpu",
            "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
            "--disable-quic");

    /** An executable to use, or none: Playwright's own browser. */
    record Choice(Optional<Path> executable) {
    }

    /** A browser, with the Playwright that runs it (close both). */
    record Launched(Playwright playwright, Browser browser) {
    }

    static Choice choose(Map<String, String> environment, Predicate<Path> executable) {
        String configured = environment.get("CHROMIUM");
        if (configured != null && !configured.isBlank()) {
            Path path = Path.of(configured);
            if (!executable.test(path)) {
                throw new IllegalStateException("CHROMIUM=" + configured + " is not an executable file: "
                        + HOW_TO_GET_ONE + ", or unset it");
            }
            return new Choice(Optional.of(path));
        }
        return new Choice(SYSTEM_BROWSERS.stream().filter(executable).findFirst());
    }

    /** Set once no browser could be had, so later test classes fail at once instead of trying again. */
    private static volatile IllegalStateException unavailable;

    static Launched launch() {
        if (unavailable != null) {
            throw unavailable;
        }
        Choice choice = choose(System.getenv(), path -> Files.isRegularFile(path) && Files.isExecutable(path));
        Playwright playwright = null;
        try {
            playwright = choice.executable().isPresent()
                    ? Playwright.create(new Playwright.CreateOptions()
                    .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")))
                    : Playwright.create();
            BrowserType.LaunchOptions options = new BrowserType.LaunchOptions().setHeadless(true).setArgs(ARGUMENTS);
            choice.executable().ifPresent(options::setExecutablePath);
            return new Launched(playwright, playwright.chromium().launch(options));
        } catch (RuntimeException e) {
            if (playwright != null) {
                playwright.close();
            }
            unavailable = new IllegalStateException(failure(choice, e), e);
            throw unavailable;
        }
    }

    /** One line: which browser could not be started, the first line of its innermost reason, and what to do. */
    static String failure(Choice choice, Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String reason = String.valueOf(cause.getMessage()).lines().map(String::strip)
                .map(line -> line.replaceFirst("^message='", "")).filter(line -> !line.isEmpty()
                        && !line.equals("Error {")).findFirst().orElse(cause.getClass().getSimpleName());
        String which = choice.executable().map(path -> "Chromium at " + path)
                .orElse("no system Chromium, and Playwright's own Chromium");
        return "Browser tests cannot start: " + which + " failed (" + reason + "); " + HOW_TO_GET_ONE;
    }

    private TestChromium() {
    }
}
