package app.waymark.security;

import org.springframework.security.core.AuthenticationException;

/** Why a sign-in was refused; {@link #reason()} picks the message the login page shows. */
class SignInRefusedException extends AuthenticationException {

    enum Reason {
        /** Unknown email or wrong password: one message for both, so accounts cannot be discovered. */
        CREDENTIALS,
        THROTTLED,
        TENANT_SUSPENDED,
        ACCOUNT_DISABLED,
        /** Too many sign-ins on the node were checking passwords; nothing was counted against the person. */
        BUSY
    }

    private final Reason reason;

    SignInRefusedException(Reason reason) {
        super(reason.name());
        this.reason = reason;
    }

    Reason reason() {
        return reason;
    }
}
