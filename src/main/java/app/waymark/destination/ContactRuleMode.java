package app.waymark.destination;

/** How a provider reads the ILR contact preferences (DOMAIN.md section 3). */
public enum ContactRuleMode {
    /** The seed's table (Maytas strict mode): RUI 2-5 block, PMC 2 (no telephone) and 3 (no email) remove channels. */
    STRICT,
    /** The statutory minimum: only RUI 3, 4 or 5 stop a destination survey. */
    STATUTORY
}
