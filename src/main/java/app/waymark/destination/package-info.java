/**
 * Destination tracking: who may be surveyed and how (the contact rule), survey invitations, the learner survey,
 * destination (outcome) records derived from answers or recorded by staff, OTH-3 when a learner cannot be reached,
 * and the dashboard, report and exports.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Destination tracking")
package app.waymark.destination;
