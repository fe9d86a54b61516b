package app.waymark.base.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.HeaderWriter;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * The response headers of every filter chain (decision 0025). Pages get a Content-Security-Policy with a fresh script
 * nonce per response, which {@code ScriptNonces} puts on each script of Vaadin's page; machine endpoints (API,
 * webhooks) answer JSON only and allow no content at all. Both send Referrer-Policy same-origin, so survey links
 * (capabilities) never leave in a Referer header.
 */
public final class SecurityHeaders {

    /** The request attribute holding this response's script nonce. */
    public static final String NONCE_ATTRIBUTE = SecurityHeaders.class.getName() + ".nonce";

    /** The policy of pages; {@code %s} is the response's nonce. Each source is explained in decision 0025. */
    public static final String PAGE_POLICY = "default-src 'self'; "
            + "script-src 'self' 'nonce-%s' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; "
            + "font-src 'self' data:; "
            + "connect-src 'self'; "
            + "object-src 'none'; "
            + "base-uri 'self'; "
            + "form-action 'self'; "
            + "frame-ancestors 'none'";

    /** The policy of JSON endpoints: nothing may load or frame them. */
    public static final String MACHINE_POLICY = "default-src 'none'; frame-ancestors 'none'";

    private static final String CSP = "Content-Security-Policy";
    private static final SecureRandom RANDOM = new SecureRandom();

    private SecurityHeaders() {
    }

    /** For the chain serving Vaadin's pages. */
    public static Customizer<HeadersConfigurer<HttpSecurity>> forPages() {
        return headers -> common(headers).addHeaderWriter(new PagePolicyWriter());
    }

    /** For chains that answer machines (bearer-token API, provider webhooks). */
    public static Customizer<HeadersConfigurer<HttpSecurity>> forMachines() {
        return headers -> common(headers).contentSecurityPolicy(csp -> csp.policyDirectives(MACHINE_POLICY));
    }

    private static HeadersConfigurer<HttpSecurity> common(HeadersConfigurer<HttpSecurity> headers) {
        return headers
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                // Vaadin's pages reach its servlet by a RequestDispatcher forward, after which Tomcat 11 no longer
                // tells the filter that the response is committed: written lazily, none of these headers would
                // appear on the pages (spring-security#19457). Written before the request goes on, they always do.
                .withObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                    @Override
                    public <O extends HeaderWriterFilter> O postProcess(O filter) {
                        filter.setShouldWriteHeadersEagerly(true);
                        return filter;
                    }
                });
    }

    /** The nonce of this request's response, made on first use. */
    static String nonce(HttpServletRequest request) {
        if (request.getAttribute(NONCE_ATTRIBUTE) instanceof String nonce) {
            return nonce;
        }
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        String nonce = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        request.setAttribute(NONCE_ATTRIBUTE, nonce);
        return nonce;
    }

    private static final class PagePolicyWriter implements HeaderWriter {
        @Override
        public void writeHeaders(HttpServletRequest request, HttpServletResponse response) {
            response.setHeader(CSP, PAGE_POLICY.formatted(nonce(request)));
        }
    }
}
