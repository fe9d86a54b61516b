package app.waymark.security;

import app.waymark.base.InvalidInputException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OperatorBootstrapTest {

    @Test
    void a_weak_bootstrap_password_stops_the_start_with_the_rule_it_breaks() {
        OperatorBootstrap bootstrap = new OperatorBootstrap(null, null, null, null, null, "ops@example.org", "short");
        assertThatThrownBy(() -> bootstrap.run(null)).isInstanceOf(InvalidInputException.class)
                .hasMessage("Password must be at least 12 characters long");
    }
}
