/**
 * Everything that reaches people: the outbox every email and SMS leaves through (delivered by a db-scheduler task
 * with retries, a shared rate limit and a dead-letter state), the email and SMS gateways, delivery receipts, the
 * sending domains the platform operator approves per provider (a provider's own From address is used only there,
 * decided at delivery: decision 0024), and the in-app notifications behind the bell in the staff header.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications and outbox")
package app.waymark.notification;
