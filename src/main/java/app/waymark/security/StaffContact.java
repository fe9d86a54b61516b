package app.waymark.security;

import java.util.UUID;

/** A member of staff as a notification reaches them: by name in the bell, by email address otherwise. */
public record StaffContact(UUID id, String displayName, String email) {
}
