package app.waymark.security;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

class CrossSiteSignInFilterTest {

    @ParameterizedTest(name = "{0} {1} from Origin ''{2}'' to Host ''{3}'' goes on: {4}")
    @CsvSource(nullValues = "none", value = {
            "POST, /login, https://portal.example, portal.example, true",
            "POST, /login, http://localhost:8080, localhost:8080, true",
            "POST, /login, HTTPS://PORTAL.EXAMPLE, portal.example, true",
            "POST, /login, none, portal.example, true",
            "POST, /login, https://attacker.example, portal.example, false",
            "POST, /login, https://portal.example.attacker.example, portal.example, false",
            "POST, /login, http://localhost:9999, localhost:8080, false",
            "POST, /login, null, portal.example, false",
            "POST, /login, not a url, portal.example, false",
            "POST, /login, https://portal.example, none, false",
            "GET, /login, https://attacker.example, portal.example, true",
            "POST, /other, https://attacker.example, portal.example, true"})
    void a_sign_in_post_goes_on_only_from_a_page_of_the_portal_itself(String method, String path, String origin,
                                                                      String host, boolean goesOn) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest(method, path);
        if (origin != null) {
            request.addHeader("Origin", origin);
        }
        if (host != null) {
            request.addHeader("Host", host);
        }
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();

        new CrossSiteSignInFilter().doFilter(request, response, chain);

        assertThat(chain.getRequest() != null).isEqualTo(goesOn);
        assertThat(response.getStatus()).isEqualTo(goesOn ? 200 : 403);
    }
}
