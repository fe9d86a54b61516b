package app.waymark.base.ui;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The portal's upload components post the file itself ({@link BoundedUpload} bounds that body as it reads it). A
 * multipart body to an upload target would be parsed, and spooled to disk, by the servlet container before any
 * upload handler could bound it, so it is refused here, unread, with 415 (decision 0023). It runs first: a filter
 * that reads a request parameter (the security chain's CSRF check does) makes the container parse the body.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class MultipartUploadRefusal extends OncePerRequestFilter {

    static final String UPLOAD_TARGETS = "/VAADIN/dynamic/resource/";
    static final int UNSUPPORTED_MEDIA_TYPE = 415;

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String contentType = request.getContentType();
        return !"POST".equals(request.getMethod()) || contentType == null
                || !contentType.toLowerCase(Locale.ROOT).startsWith("multipart/")
                || !request.getRequestURI().substring(request.getContextPath().length()).startsWith(UPLOAD_TARGETS);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setStatus(UNSUPPORTED_MEDIA_TYPE);
        response.setContentType("text/plain;charset=UTF-8");
        // Closing the connection spares reading the rest of a body nobody will use.
        response.setHeader("Connection", "close");
        response.getOutputStream().write("Uploads are sent as the file itself, not as a form."
                .getBytes(StandardCharsets.UTF_8));
    }
}
