package app.waymark.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * Emailed staff links: how long an invitation and a password reset work, and how many reset requests an address
 * ({@code resetsPerAccount}) and a client ({@code resetsPerClient}) may make in {@code resetWindow}.
 */
@ConfigurationProperties("waymark.account-links")
record AccountLinkProperties(Duration invitationValidity, Duration resetValidity, int resetsPerAccount,
                             int resetsPerClient, Duration resetWindow) {

    AccountLinkProperties {
        invitationValidity = invitationValidity == null ? Duration.ofDays(7) : invitationValidity;
        resetValidity = resetValidity == null ? Duration.ofHours(1) : resetValidity;
        resetsPerAccount = resetsPerAccount <= 0 ? 3 : resetsPerAccount;
        resetsPerClient = resetsPerClient <= 0 ? 20 : resetsPerClient;
        resetWindow = resetWindow == null ? Duration.ofHours(1) : resetWindow;
    }
}
