package app.waymark.notification;

import app.waymark.base.jobs.JobScheduler;
import app.waymark.tenant.TenantContext;
import com.github.kagkarlsson.scheduler.task.CompletionHandler;
import com.github.kagkarlsson.scheduler.task.SchedulableInstance;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.TaskDescriptor;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The db-scheduler task that delivers one outbox message: instance id = message id (so a message has at most one
 * pending delivery, on one node), data = its tenant. The scheduler runs on the system clock.
 */
@Component
class MessageDeliveryTask {

    static final TaskDescriptor<String> DESCRIPTOR = TaskDescriptor.of("deliver-message", String.class);

    private final JobScheduler jobs;

    MessageDeliveryTask(JobScheduler jobs) {
        this.jobs = jobs;
    }

    /** Joins the caller's transaction: the delivery exists only if the message row commits. */
    void schedule(UUID tenantId, UUID messageId) {
        jobs.client().scheduleIfNotExists(DESCRIPTOR.instance(messageId.toString()).data(tenantId.toString())
                .scheduledTo(Instant.now()));
    }

    /** Many at once (bulk sends); joins the caller's transaction like {@link #schedule}. */
    void scheduleAll(UUID tenantId, List<UUID> messageIds) {
        if (messageIds.isEmpty()) {
            return;
        }
        Instant now = Instant.now();
        List<SchedulableInstance<?>> instances = new ArrayList<>(messageIds.size());
        for (UUID id : messageIds) {
            instances.add(DESCRIPTOR.instance(id.toString()).data(tenantId.toString()).scheduledTo(now));
        }
        jobs.client().scheduleBatch(instances);
    }

    /**
     * A delivery that ends in an exception (its database connection went away: a failover or restart) is tried
     * again on the outbox's own backoff, the first time within half a minute; db-scheduler's default would wait
     * 5 minutes whatever the cause (decision 0069).
     */
    static Task<String> definition(MessageDelivery delivery, RetryPolicy retryPolicy) {
        return Tasks.custom(DESCRIPTOR)
                .onDeadExecutionRevive()
                .onFailure((failed, operations) -> operations.reschedule(failed, failed.getTimeDone()
                        .plus(retryPolicy.delayAfter(failed.getExecution().consecutiveFailures + 1))))
                .execute((instance, context) -> {
                    UUID tenantId = UUID.fromString(instance.getData());
                    UUID messageId = UUID.fromString(instance.getId());
                    Optional<Duration> retryIn = TenantContext.callAs(tenantId, () -> delivery.deliver(messageId));
                    return retryIn.<CompletionHandler<String>>map(wait -> (complete, operations) ->
                                    operations.reschedule(complete, Instant.now().plus(wait)))
                            .orElseGet(CompletionHandler.OnCompleteRemove::new);
                });
    }
}
