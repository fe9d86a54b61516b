package app.waymark.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

import java.io.IOException;
import java.util.Locale;

/** Sends a refused sign-in back to the login page with the reason, which picks the message shown. */
class SignInFailureHandler implements AuthenticationFailureHandler {

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException exception) throws IOException {
        SignInRefusedException.Reason reason = exception instanceof SignInRefusedException refused
                ? refused.reason() : SignInRefusedException.Reason.CREDENTIALS;
        response.sendRedirect(request.getContextPath() + "/login?error=" + reason.name().toLowerCase(Locale.ROOT));
    }
}
