package app.waymark.security;

import app.waymark.IntegrationTest;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** A request of a session whose person's sessions were ended elsewhere loses its session; others pass untouched. */
class SessionGenerationFilterTest extends IntegrationTest {

    private static final String PASSWORD = "a password for the filter test";

    @Autowired
    SessionGenerations generations;
    @Autowired
    UserService users;
    @Autowired
    AccountService accounts;

    @Test
    void a_current_session_passes_and_keeps_its_session() throws Exception {
        Authentication session = staffSession();
        MockHttpSession httpSession = new MockHttpSession();

        MockHttpServletResponse response = filter(session, httpSession);

        assertThat(httpSession.isInvalid()).isFalse();
        assertThat(response.getCookie(SessionGenerationFilter.ENDED_COOKIE)).isNull();
    }

    @Test
    void a_session_older_than_a_password_change_elsewhere_is_invalidated_and_told_why() throws Exception {
        Authentication older = staffSession();
        Authentication newer = authenticate(older.getName(), PASSWORD, "198.51.100.90");
        SecurityContextHolder.getContext().setAuthentication(newer);
        accounts.changePassword(PASSWORD, "a changed password for the test");
        Authentication changedIn = SecurityContextHolder.getContext().getAuthentication();
        MockHttpSession olderSession = new MockHttpSession();
        MockHttpSession changingSession = new MockHttpSession();

        MockHttpServletResponse olderResponse = filter(older, olderSession);
        MockHttpServletResponse changingResponse = filter(changedIn, changingSession);

        assertThat(olderSession.isInvalid()).isTrue();
        Cookie told = olderResponse.getCookie(SessionGenerationFilter.ENDED_COOKIE);
        assertThat(told).isNotNull();
        assertThat(told.isHttpOnly()).isTrue();
        assertThat(changingSession.isInvalid()).as("the session that changed the password").isFalse();
        assertThat(changingResponse.getCookie(SessionGenerationFilter.ENDED_COOKIE)).isNull();
    }

    private MockHttpServletResponse filter(Authentication authentication, MockHttpSession session) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/learners");
        request.setSession(session);
        MockHttpServletResponse response = new MockHttpServletResponse();
        SecurityContextHolder.getContext().setAuthentication(authentication);
        MockFilterChain chain = new MockFilterChain();
        new SessionGenerationFilter(generations).doFilter(request, response, chain);
        assertThat(chain.getRequest()).as("the request goes on either way").isNotNull();
        return response;
    }

    private Authentication staffSession() {
        signIn(NORTHFIELD_ADMIN);
        String email = "filtered-" + UUID.randomUUID().toString().substring(0, 8) + "@northfield.example";
        users.createWithPassword(email, "Filtered Person", Set.of(), PASSWORD);
        SecurityContextHolder.clearContext();
        return authenticate(email, PASSWORD, "198.51.100.90");
    }
}
