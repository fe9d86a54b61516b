package app.waymark.ilr;

import java.time.Instant;
import java.util.UUID;

/**
 * An ILR import was applied: published inside the import's transaction, after the learners were written, so a
 * listener's changes (the bootcamp module marking recorded events "in the MIS") commit or roll back with the import.
 */
public record IlrImportApplied(UUID tenantId, UUID importId, String fileName, Instant finishedAt) {
}
