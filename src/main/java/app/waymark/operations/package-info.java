/**
 * What the platform operator sees of the installation itself, never a provider's data: the recurring jobs (their
 * schedule, next and last runs, failures, a run on request) on a Jobs page and in the health details.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Operations")
package app.waymark.operations;
