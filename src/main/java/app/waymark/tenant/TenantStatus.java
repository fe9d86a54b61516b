package app.waymark.tenant;

public enum TenantStatus {
    ACTIVE, SUSPENDED
}
