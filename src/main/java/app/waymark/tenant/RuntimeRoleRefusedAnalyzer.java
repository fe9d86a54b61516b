package app.waymark.tenant;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Prints a refused runtime role as the line an operator acts on. */
class RuntimeRoleRefusedAnalyzer extends AbstractFailureAnalyzer<RuntimeRoleRefusedException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, RuntimeRoleRefusedException cause) {
        return new FailureAnalysis(cause.getMessage(), "Connect as a role that owns nothing, is not a superuser and"
                + " has no BYPASSRLS (WAYMARK_DB_USER; docs/deploying.md shows how to create it); Liquibase"
                + " migrates as the owner role (WAYMARK_DB_OWNER_USER).", cause);
    }
}
