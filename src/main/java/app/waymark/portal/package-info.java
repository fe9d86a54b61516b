/**
 * The learner portal: a learner signs in to their provider's portal ({@code /me/<provider>}) with a one-time code
 * sent to the email address or mobile the provider holds, sees "About you" and asks for changes to their details,
 * each raised as a learner-led tracker. The learner's session is never a staff sign-in (decision 0033).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Learner portal")
package app.waymark.portal;
