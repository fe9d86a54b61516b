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
    }
}
