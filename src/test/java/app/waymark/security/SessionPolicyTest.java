package app.waymark.security;

import app.waymark.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.server.servlet.context.ServletWebServerApplicationContext;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class SessionPolicyTest extends IntegrationTest {

    @Autowired
    ServletWebServerApplicationContext webContext;

    @Test
    void idle_staff_sessions_end_after_thirty_minutes_and_vaadin_heartbeats_do_not_keep_them_alive() {
        var servletContext = webContext.getServletContext();
        assertThat(Duration.ofMinutes(servletContext.getSessionTimeout())).isEqualTo(Duration.ofMinutes(30));
        assertThat(webContext.getEnvironment().getProperty("vaadin.close-idle-sessions", Boolean.class)).isTrue();
        assertThat(webContext.getEnvironment().getProperty("waymark.session.idle-timeout", Duration.class))
                .as("the portal's own idle rule, which heartbeats do not reset").isEqualTo(Duration.ofMinutes(30));
    }
}
