package app.waymark.base.web;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import java.net.URI;

/**
 * Answers an exception that no machine endpoint (a {@code @RestController}: the ILR import API, the delivery receipt
 * webhook) handled itself with 500 and a problem description, and logs it. Left to Spring, the exception was forwarded
 * to {@code /error}, which passes through the staff security chain, and a stateless API client got a 302 to the
 * sign-in page instead of an error it could read. Runs after Spring's own problem details (lowest precedence), and
 * leaves access decisions to the security filters.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class UnexpectedApiErrors {

    private static final Logger log = LoggerFactory.getLogger(UnexpectedApiErrors.class);

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e, HttpServletRequest request) throws Exception {
        if (e instanceof AccessDeniedException || e instanceof AuthenticationException) {
            throw e;
        }
        log.error("{} {} failed", request.getMethod(), request.getRequestURI(), e);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                "The request could not be completed because of an error in Waymark. Nothing was changed by the part"
                        + " that failed; try again later, and tell Waymark support if it goes on.");
        problem.setInstance(URI.create(request.getRequestURI()));
        return problem;
    }
}
