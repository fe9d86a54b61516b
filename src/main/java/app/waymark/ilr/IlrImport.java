package app.waymark.ilr;

import app.waymark.base.TenantScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.ColumnTransformer;
import org.hibernate.annotations.Immutable;

import java.time.Instant;
import java.util.UUID;

/** One entry of the import history, written when the import ends. */
@Entity
@Immutable
@Table(name = "ilr_import")
class IlrImport extends TenantScopedEntity {

    @Id
    private UUID id;
    @Column(name = "file_name")
    private String fileName;
    @Column(name = "ilr_year")
    private String ilrYear;
    @Column(name = "started_by_id")
    private UUID startedById;
    @Column(name = "started_by")
    private String startedBy;
    @Column(name = "started_at")
    private Instant startedAt;
    @Column(name = "finished_at")
    private Instant finishedAt;
    @Enumerated(EnumType.STRING)
    private IlrImportStatus status;
    @Column(name = "learners_in_file")
    private int learnersInFile;
    private int created;
    private int updated;
    private int unchanged;
    @Column(columnDefinition = "jsonb")
    @ColumnTransformer(write = "?::jsonb")
    private String problems;
    @Column(name = "problem_count")
    private int problemCount;
    @Column(name = "duration_ms")
    private long durationMs;
    @Column(name = "mis_keyed")
    private int misKeyed;
    @Column(name = "mis_kept")
    private int misKept;
    @Column(name = "mis_superseded")
    private int misSuperseded;
    @Column(name = "mis_kept_lines", columnDefinition = "jsonb")
    @ColumnTransformer(write = "?::jsonb")
    private String misKeptLines;
    @Column(name = "mis_superseded_lines", columnDefinition = "jsonb")
    @ColumnTransformer(write = "?::jsonb")
    private String misSupersededLines;

    protected IlrImport() {
    }

    IlrImport(UUID id, String fileName, String ilrYear, UUID startedById, String startedBy, Instant startedAt,
              Instant finishedAt, IlrImportStatus status, int learnersInFile, int created, int updated,
              int unchanged, String problemsJson, int problemCount, int misKeyed, int misKept, int misSuperseded,
              String misKeptLinesJson, String misSupersededLinesJson) {
        this.id = id;
        this.fileName = fileName;
        this.ilrYear = ilrYear;
        this.startedById = startedById;
        this.startedBy = startedBy;
        this.startedAt = startedAt;
        this.finishedAt = finishedAt;
        this.status = status;
        this.learnersInFile = learnersInFile;
        this.created = created;
        this.updated = updated;
        this.unchanged = unchanged;
        this.problems = problemsJson;
        this.problemCount = problemCount;
        this.durationMs = finishedAt.toEpochMilli() - startedAt.toEpochMilli();
        this.misKeyed = misKeyed;
        this.misKept = misKept;
        this.misSuperseded = misSuperseded;
        this.misKeptLines = misKeptLinesJson;
        this.misSupersededLines = misSupersededLinesJson;
    }

    int misKeyed() {
        return misKeyed;
    }

    int misKept() {
        return misKept;
    }

    int misSuperseded() {
        return misSuperseded;
    }

    String misKeptLinesJson() {
        return misKeptLines;
    }

    String misSupersededLinesJson() {
        return misSupersededLines;
    }

    UUID id() {
        return id;
    }

    String fileName() {
        return fileName;
    }

    String ilrYear() {
        return ilrYear;
    }

    String startedBy() {
        return startedBy;
    }

    Instant startedAt() {
        return startedAt;
    }

    IlrImportStatus status() {
        return status;
    }

    int learnersInFile() {
        return learnersInFile;
    }

    int created() {
        return created;
    }

    int updated() {
        return updated;
    }

    int unchanged() {
        return unchanged;
    }

    String problemsJson() {
        return problems;
    }

    int problemCount() {
        return problemCount;
    }

    long durationMs() {
        return durationMs;
    }
}
