package app.waymark.tenant;

import java.util.List;

/** The database role the portal connects as could read every tenant's data, so the portal does not start. */
class RuntimeRoleRefusedException extends IllegalStateException {

    RuntimeRoleRefusedException(String role, List<String> problems) {
        super("Waymark will not run as database role \"" + role + "\": " + String.join("; ", problems)
                + ". Row-level security would not keep providers apart.");
    }
}
