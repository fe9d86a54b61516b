/**
 * Shared kernel: the tenant-scoped entity base, the signed-in actor, permission names, the main layout and the
 * embedded database used when no database is configured. Every module may use it.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package app.waymark.base;
