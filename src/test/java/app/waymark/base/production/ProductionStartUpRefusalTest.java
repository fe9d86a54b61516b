package app.waymark.base.production;

import app.waymark.Application;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mock.env.MockEnvironment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Under {@code prod} the portal refuses to start, in one line per missing setting, before it starts an embedded
 * database or seeds anything. Each start here stops in the environment, so no database is needed.
 */
@ExtendWith(OutputCaptureExtension.class)
class ProductionStartUpRefusalTest {

    private static final Map<String, String> COMPLETE = Map.of(
            "waymark.db.url", "jdbc:postgresql://127.0.0.1:1/waymark",
            "spring.mail.host", "smtp.install.example",
            "waymark.notification.sms.api-key", "key",
            "waymark.notification.sms.api-secret", "secret",
            // the tests' own config switches demo data on for every test context
            "waymark.demo.seed", "false");

    @Test
    void without_a_database_url_production_refuses_to_start_instead_of_starting_an_embedded_database(
            CapturedOutput output) {
        Throwable refusal = startProd(without("waymark.db.url"));

        assertThat(refusal).isInstanceOf(ProductionSettingMissingException.class);
        assertThat(((ProductionSettingMissingException) refusal).problems()).singleElement().asString()
                .startsWith("WAYMARK_DB_URL is not set");
        assertThat(output).contains("Waymark will not start under the prod profile: WAYMARK_DB_URL is not set")
                .doesNotContain("at app.waymark.base.production.ProductionSettings");
    }

    @Test
    void without_an_smtp_server_production_refuses_to_start() {
        assertThat(problems(startProd(without("spring.mail.host")))).singleElement().asString()
                .startsWith("SPRING_MAIL_HOST is not set").contains("WAYMARK_DELIVERY=log");
    }

    @Test
    void without_a_vonage_account_production_refuses_to_start() {
        assertThat(problems(startProd(without("waymark.notification.sms.api-secret")))).singleElement().asString()
                .startsWith("WAYMARK_VONAGE_API_KEY and WAYMARK_VONAGE_API_SECRET are not both set");
    }

    @Test
    void demo_data_is_refused_under_production_whether_by_profile_or_by_setting() {
        assertThat(problems(startProd(with(COMPLETE), "demo"))).singleElement().asString()
                .startsWith("demo data is switched on");
        assertThat(problems(startProd(with(Map.of("waymark.demo.seed", "true"))))).singleElement().asString()
                .startsWith("demo data is switched on");
    }

    @Test
    void every_missing_setting_is_named_at_once() {
        assertThat(problems(startProd(List.of("--waymark.demo.seed=false")))).hasSize(3);
    }

    @Test
    void delivery_by_log_chosen_knowingly_needs_neither_smtp_nor_vonage() {
        MockEnvironment environment = new MockEnvironment().withProperty("waymark.db.url", "jdbc:postgresql://db/w")
                .withProperty("waymark.delivery", "log");

        assertThat(ProductionSettings.problems(environment)).isEmpty();
        assertThat(ProductionSettings.problems(environment.withProperty("waymark.delivery", "smtp")))
                .containsExactly("WAYMARK_DELIVERY is \"smtp\": use providers (the default) or log");
    }

    @Test
    void without_the_prod_profile_nothing_is_refused() {
        MockEnvironment development = new MockEnvironment();

        new ProductionSettings().postProcessEnvironment(development, null);

        assertThat(ProductionSettings.problems(development)).isNotEmpty();
    }

    private static List<String> problems(Throwable refusal) {
        assertThat(refusal).isInstanceOf(ProductionSettingMissingException.class);
        return ((ProductionSettingMissingException) refusal).problems();
    }

    private static List<String> without(String property) {
        List<String> arguments = new ArrayList<>();
        COMPLETE.forEach((name, value) -> {
            if (!name.equals(property)) {
                arguments.add("--" + name + "=" + value);
            }
        });
        return arguments;
    }

    private static List<String> with(Map<String, String> overrides) {
        List<String> arguments = new ArrayList<>();
        Stream.concat(COMPLETE.entrySet().stream().filter(e -> !overrides.containsKey(e.getKey())),
                overrides.entrySet().stream()).forEach(e -> arguments.add("--" + e.getKey() + "=" + e.getValue()));
        return arguments;
    }

    private static Throwable startProd(List<String> arguments, String... extraProfiles) {
        String[] profiles = Stream.concat(Stream.of(ProductionSettings.PROFILE), Stream.of(extraProfiles))
                .toArray(String[]::new);
        return catchThrowable(() -> new SpringApplicationBuilder(Application.class).profiles(profiles)
                .web(WebApplicationType.NONE).run(arguments.toArray(String[]::new)).close());
    }
}
