package app.waymark.notification;

/**
 * The sender an email really leaves with, and why: decided at delivery from the sender the provider asked for and the
 * sending domains the platform operator has approved for that provider (decision 0024).
 *
 * @param requestedDomain the domain of the provider's own address, or null when it has none
 */
public record EmailSender(String name, String address, String replyTo, Basis basis, String requestedAddress,
                          String requestedDomain) {

    public enum Basis {
        /** The provider has no address of its own: the platform's address. */
        PLATFORM,
        /** The provider's own address, on a domain the operator approved for it. */
        OWN_APPROVED_DOMAIN,
        /** The provider's address is on a domain not approved for it: the platform's address, replies to the provider. */
        DOMAIN_NOT_APPROVED
    }
}
