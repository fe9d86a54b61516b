package app.waymark;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

class ModularityTest {

    @Test
    void feature_modules_only_use_each_others_published_api() {
        ApplicationModules.of(Application.class).verify();
    }
}
