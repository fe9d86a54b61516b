/**
 * A provider's own look and words: display name, logo, colour (checked for contrast), email and SMS senders, and
 * the wording of each kind of message, versioned. {@link app.waymark.branding.BrandedMessages} renders a message in
 * the provider's wording and look and queues it in the outbox.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Branding and message wording")
package app.waymark.branding;
