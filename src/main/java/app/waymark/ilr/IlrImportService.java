package app.waymark.ilr;

import app.waymark.audit.AuditActions;
import app.waymark.audit.AuditEntry;
import app.waymark.audit.AuditService;
import app.waymark.base.InvalidInputException;
import app.waymark.base.security.Actor;
import app.waymark.base.security.CurrentActor;
import app.waymark.base.security.Permission;
import app.waymark.ilr.reader.IlrLimits;
import app.waymark.ilr.reader.IlrProblem;
import app.waymark.ilr.reader.IlrReadResult;
import app.waymark.ilr.reader.IlrReader;
import app.waymark.learner.ImportedFile;
import app.waymark.learner.LearnerImportWriter;
import app.waymark.learner.LearnerRecord;
import app.waymark.learner.MisRoundTrip;
import app.waymark.learner.MisSettlement;
import app.waymark.learner.StagedLearnerImport;
import app.waymark.tenant.CurrentTenant;
import app.waymark.tenant.TenantService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.retry.RetryException;
import org.springframework.core.retry.RetryListener;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.core.retry.RetryState;
import org.springframework.core.retry.RetryTemplate;
import org.springframework.core.retry.Retryable;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Imports an ILR file for the signed-in provider in two phases of one transaction: first every learner is checked
 * (and the header UKPRN compared with the provider's) while new and changed learners are staged in temporary tables,
 * then, only if nothing is wrong, what was staged is written to the real tables. A file with any problem changes
 * nothing. The file is read once. One import runs per provider at a time, across all nodes.
 */
@Service
public class IlrImportService {

    private static final Logger log = LoggerFactory.getLogger(IlrImportService.class);
    private static final int BATCH_SIZE = 5000;
    private static final int STORED_PROBLEMS = 1000;
    /** Long enough to outlast a PostgreSQL restart (about a second on the bench cluster). */
    private static final RetryPolicy FAILURE_RECORDING = RetryPolicy.builder().maxRetries(4)
            .delay(Duration.ofSeconds(1)).build();

    private final LearnerImportWriter writer;
    private final TenantService tenants;
    private final IlrImportRepository history;
    private final AuditService audit;
    private final JdbcTemplate jdbc;
    private final JsonMapper json;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final IlrLimits limits;
    private final ApplicationEventPublisher events;
    private final Set<UUID> running = ConcurrentHashMap.newKeySet();
    private final ExecutorService readers = Executors.newVirtualThreadPerTaskExecutor();

    IlrImportService(LearnerImportWriter writer, TenantService tenants, IlrImportRepository history,
                     AuditService audit, JdbcTemplate jdbc, JsonMapper json,
                     PlatformTransactionManager transactionManager, Clock clock,
                     ApplicationEventPublisher events,
                     @Value("${waymark.ilr.max-file-bytes:524288000}") long maxFileBytes) {
        this.events = events;
        this.writer = writer;
        this.tenants = tenants;
        this.history = history;
        this.audit = audit;
        this.jdbc = jdbc;
        this.json = json;
        this.transaction = new TransactionTemplate(transactionManager);
        this.clock = clock;
        IlrLimits defaults = IlrLimits.defaults();
        this.limits = new IlrLimits(maxFileBytes, defaults.maxUncompressedBytes(), defaults.maxCompressionRatio(),
                defaults.maxTextLength(), defaults.maxDepth(), defaults.maxProblems());
    }

    /** The largest ILR file (.xml or .zip) accepted, in bytes ({@code waymark.ilr.max-file-bytes}). */
    public long maxFileBytes() {
        return limits.maxFileBytes();
    }

    /**
     * Runs the whole import on the calling thread (the UI calls it from a background thread with the user's security
     * context). {@code progress} is told about both phases, from this thread and from the one reading the file.
     */
    @PreAuthorize("hasRole('" + Permission.ILR_IMPORT + "')")
    public ImportReport importFile(Path file, String fileName, Consumer<ImportProgress> progress) {
        UUID tenantId = CurrentTenant.idOrNone();
        if (!running.add(tenantId)) {
            throw new InvalidInputException("file", "An ILR import is already running for your organisation: "
                    + "wait for it to finish, then try again");
        }
        try {
            return run(file, fileName, progress);
        } finally {
            running.remove(tenantId);
        }
    }

    private ImportReport run(Path file, String fileName, Consumer<ImportProgress> progress) {
        Instant startedAt = clock.instant();
        Actor actor = CurrentActor.require();
        String expectedUkprn = tenants.currentTenantUkprn().orElseThrow();
        ReadProgress read = new ReadProgress();
        ImportReport report;
        // When the connection is lost, the rollback fails too and its exception replaces the import's own: keep the
        // first, which says what happened.
        AtomicReference<RuntimeException> firstFailure = new AtomicReference<>();
        try {
            report = transaction.execute(status -> {
                try {
                    ImportReport result = checkAndApply(file, fileName, expectedUkprn, actor, startedAt, read,
                            progress);
                    if (result.status() != IlrImportStatus.APPLIED) {
                        status.setRollbackOnly();
                    }
                    return result;
                } catch (RuntimeException e) {
                    firstFailure.set(e);
                    throw e;
                }
            });
        } catch (InvalidInputException e) {
            throw e;
        } catch (RuntimeException e) {
            RuntimeException failure = firstFailure.get() == null ? e : firstFailure.get();
            UUID reportId = UUID.randomUUID();
            log.error("ILR import of {} failed and was rolled back (reference {})", fileName, reportId, e);
            return recordFailure(new ImportReport(reportId, fileName, read.year, IlrImportStatus.FAILED,
                    actor.displayName(), startedAt, read.learners, 0, 0, 0,
                    List.of(new ImportReport.Problem(0, null, null, ImportFailure.describe(failure, reportId))), 1,
                    0, MisRoundTrip.NONE, 0, 0), progress);
        }
        return report.status() == IlrImportStatus.APPLIED ? report : record(report, progress);
    }

    /**
     * Both phases, in one transaction: the file is read and checked while its new and changed learners are staged
     * (nothing real is written), then, only if the whole file is sound, what was staged is applied.
     */
    private ImportReport checkAndApply(Path file, String fileName, String expectedUkprn, Actor actor,
                                       Instant startedAt, ReadProgress read, Consumer<ImportProgress> progress) {
        Boolean locked = jdbc.queryForObject("select pg_try_advisory_xact_lock(hashtextextended(?, 0))",
                Boolean.class, "ilr-import:" + CurrentTenant.idOrNone());
        if (!Boolean.TRUE.equals(locked)) {
            throw new InvalidInputException("file", "An ILR import is already running for your organisation: "
                    + "wait for it to finish, then try again");
        }
        progress.accept(new ImportProgress(ImportProgress.Phase.CHECKING, 0, 100));
        StagedLearnerImport staged = writer.begin();
        IlrReadResult check = readAndStage(file, fileName, expectedUkprn, staged, read, progress);
        List<ImportReport.Problem> problems = new ArrayList<>(check.problems().stream()
                .map(IlrImportService::problem).toList());
        if (check.header() != null && !expectedUkprn.equals(check.header().ukprn())) {
            problems.addFirst(new ImportReport.Problem(0, null, "UKPRN", "The file is for UKPRN "
                    + check.header().ukprn() + ", but your organisation's UKPRN is " + expectedUkprn));
        }
        if (check.problemsTruncated()) {
            problems.add(new ImportReport.Problem(0, null, null, "Further problems were not listed: correct these "
                    + "and import again to see the rest"));
        }
        int total = check.learnerCount();
        if (!problems.isEmpty()) {
            return rejected(fileName, read.year, actor, startedAt, total, problems);
        }
        UUID importId = UUID.randomUUID();
        staged.apply(new ImportedFile(importId, check.header().filePreparationDate()),
                step -> progress.accept(new ImportProgress(ImportProgress.Phase.APPLYING, step,
                        StagedLearnerImport.APPLY_STEPS)));
        StagedLearnerImport.Outcome counts = staged.outcome();
        MisRoundTrip mis = counts.mis();
        Instant finishedAt = clock.instant();
        ImportReport report = new ImportReport(importId, fileName, read.year, IlrImportStatus.APPLIED,
                actor.displayName(), startedAt, total, counts.created(), counts.updated(), counts.unchanged(),
                List.of(), 0, finishedAt.toEpochMilli() - startedAt.toEpochMilli(),
                new MisRoundTrip(mis.keyed(), capped(mis.kept()), capped(mis.superseded())), mis.kept().size(),
                mis.superseded().size());
        save(report, actor, finishedAt);
        audit.record(AuditEntry.of(AuditActions.ILR_IMPORTED, "ilr_import", report.id()).after(Map.of(
                "file", fileName, "year", read.year, "learners", total, "created", counts.created(),
                "updated", counts.updated(), "unchanged", counts.unchanged(), "misKeyed", mis.keyed(),
                "misKept", mis.kept().size(), "misSuperseded", mis.superseded().size())));
        events.publishEvent(new IlrImportApplied(CurrentTenant.idOrNone(), importId, fileName, finishedAt));
        progress.accept(new ImportProgress(ImportProgress.Phase.DONE, total, total));
        return report;
    }

    /**
     * The one pass over the file. It is read on a separate thread while this one (which holds the transaction)
     * stages each batch of learners, so parsing overlaps the database work. Learners of a file for another UKPRN
     * are checked but not staged.
     */
    private IlrReadResult readAndStage(Path file, String fileName, String expectedUkprn, StagedLearnerImport staged,
                                       ReadProgress read, Consumer<ImportProgress> progress) {
        IlrReader reader = new IlrReader(limits);
        BlockingQueue<List<LearnerRecord>> batches = new ArrayBlockingQueue<>(2);
        AtomicBoolean abandoned = new AtomicBoolean();
        CompletableFuture<IlrReadResult> reading = CompletableFuture.supplyAsync(() -> {
            List<List<LearnerRecord>> batch = new ArrayList<>(List.of(new ArrayList<>(BATCH_SIZE)));
            IlrReadResult result = reader.read(file, fileName, new LearnerRecordHandler(header -> {
                read.year = header.year().label();
                return expectedUkprn.equals(header.ukprn());
            }, learner -> {
                batch.getFirst().add(learner);
                if (batch.getFirst().size() == BATCH_SIZE) {
                    put(batches, batch.set(0, new ArrayList<>(BATCH_SIZE)), abandoned);
                }
            }, percent -> progress.accept(new ImportProgress(ImportProgress.Phase.CHECKING, percent, 100))));
            put(batches, batch.getFirst(), abandoned);
            put(batches, List.of(), abandoned);
            return result;
        }, readers);
        try {
            for (List<LearnerRecord> batch = take(batches, reading); !batch.isEmpty(); batch = take(batches, reading)) {
                staged.stage(batch);
                read.learners += batch.size();
            }
        } finally {
            abandoned.set(true);
        }
        IlrReadResult result = reading.join();
        read.learners = result.learnerCount();
        return result;
    }

    /** Hands a batch to the writer; gives up when the writer has stopped (it failed and rolled back). */
    private static void put(BlockingQueue<List<LearnerRecord>> batches, List<LearnerRecord> batch,
                            AtomicBoolean abandoned) {
        try {
            while (!batches.offer(batch, 1, TimeUnit.SECONDS)) {
                if (abandoned.get()) {
                    throw new IllegalStateException("the import stopped writing");
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("ILR import reading was interrupted", e);
        }
    }

    /** The next batch, or the reading thread's failure. */
    private static List<LearnerRecord> take(BlockingQueue<List<LearnerRecord>> batches,
                                            CompletableFuture<IlrReadResult> reading) {
        try {
            while (true) {
                List<LearnerRecord> batch = batches.poll(1, TimeUnit.SECONDS);
                if (batch != null) {
                    return batch;
                }
                if (reading.isCompletedExceptionally()) {
                    reading.join();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("ILR import was interrupted", e);
        }
    }

    /** How far reading the file has got, for the report of a failed import. */
    private static final class ReadProgress {
        volatile String year;
        int learners;
    }

    private ImportReport rejected(String fileName, String year, Actor actor, Instant startedAt, int learners,
                                  List<ImportReport.Problem> problems) {
        return new ImportReport(UUID.randomUUID(), fileName, year, IlrImportStatus.REJECTED, actor.displayName(),
                startedAt, learners, 0, 0, 0, problems, problems.size(),
                clock.instant().toEpochMilli() - startedAt.toEpochMilli(), MisRoundTrip.NONE, 0, 0);
    }

    /**
     * What failed the import can fail the recording of that failure too: a database restart ends every pooled
     * connection, and the recording's own transaction may be handed one of them. So it is tried again, a second
     * apart, and a caller still gets the FAILED report when it cannot be recorded (the log says so): the API then
     * answers 500 with the report instead of an unexplained error.
     */
    private ImportReport recordFailure(ImportReport report, Consumer<ImportProgress> progress) {
        RetryTemplate retries = new RetryTemplate(FAILURE_RECORDING);
        retries.setRetryListener(new RetryListener() {
            @Override
            public void onRetryableExecution(RetryPolicy policy, Retryable<?> retryable, RetryState state) {
                if (!state.isSuccessful()) {
                    log.warn("Recording the failure of ILR import {} failed: {}", report.fileName(),
                            state.getLastException().getMessage());
                }
            }
        });
        try {
            return retries.execute(() -> record(report, progress));
        } catch (RetryException e) {
            log.error("The failure of ILR import {} could not be recorded in the import history", report.fileName(),
                    e);
            progress.accept(new ImportProgress(ImportProgress.Phase.DONE, 0, 0));
            return report;
        }
    }

    private ImportReport record(ImportReport report, Consumer<ImportProgress> progress) {
        Actor actor = CurrentActor.require();
        transaction.executeWithoutResult(status -> save(report, actor, clock.instant()));
        progress.accept(new ImportProgress(ImportProgress.Phase.DONE, 0, 0));
        return report;
    }

    private void save(ImportReport report, Actor actor, Instant finishedAt) {
        history.save(new IlrImport(report.id(), report.fileName(), report.ilrYear(), actor.id(), actor.displayName(),
                report.startedAt(), finishedAt, report.status(), report.learnersInFile(), report.created(),
                report.updated(), report.unchanged(),
                json.writeValueAsString(report.problems().stream().limit(STORED_PROBLEMS).toList()),
                report.problemCount(), report.misRoundTrip().keyed(), report.misKept(), report.misSuperseded(),
                json.writeValueAsString(report.misRoundTrip().kept()),
                json.writeValueAsString(report.misRoundTrip().superseded())));
    }

    private static List<MisSettlement> capped(List<MisSettlement> lines) {
        return lines.stream().limit(STORED_PROBLEMS).toList();
    }

    @PreAuthorize("hasRole('" + Permission.ILR_IMPORT + "')")
    @Transactional(readOnly = true)
    public List<ImportReport> history(int limit) {
        return history.findByOrderByStartedAtDesc(PageRequest.of(0, limit)).stream().map(this::toReport).toList();
    }

    @PreAuthorize("hasRole('" + Permission.ILR_IMPORT + "')")
    public boolean isRunningForCurrentTenant() {
        return running.contains(CurrentTenant.idOrNone());
    }

    private ImportReport toReport(IlrImport row) {
        List<ImportReport.Problem> problems = json.readValue(row.problemsJson(),
                new TypeReference<List<ImportReport.Problem>>() {
                });
        TypeReference<List<MisSettlement>> lines = new TypeReference<>() {
        };
        return new ImportReport(row.id(), row.fileName(), row.ilrYear(), row.status(), row.startedBy(),
                row.startedAt(), row.learnersInFile(), row.created(), row.updated(), row.unchanged(), problems,
                row.problemCount(), row.durationMs(), new MisRoundTrip(row.misKeyed(),
                json.readValue(row.misKeptLinesJson(), lines), json.readValue(row.misSupersededLinesJson(), lines)),
                row.misKept(), row.misSuperseded());
    }

    private static ImportReport.Problem problem(IlrProblem problem) {
        return new ImportReport.Problem(problem.line(), problem.learnRefNumber(), problem.field(), problem.message());
    }
}
