/**
 * What the platform operator sees and does with the installation, never a provider's data: providers with their
 * admins (Tenants page, the first admin's invitation) and the domains each may send email from, and the recurring
 * jobs (their schedule, next and last runs, failures, a run on request) on a Jobs page and in the health details.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Operations")
package app.waymark.operations;
