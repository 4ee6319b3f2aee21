package io.leadrelay.intake;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.data.domain.PageRequest;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Applies stored Webhooks API events after their delivery was acknowledged. Like the mail dispatcher, it claims
 * each due event with a lease, so several nodes can run it and none applies an event another one holds; a node
 * that dies leaves the event to the next once the lease ends. Per contact, events are applied in the order they
 * occurred: an event waits while an earlier one of its contact is open (waiting, in work or failing).
 * A failed try is retried with exponential backoff; the event shows its last error on {@code /deliveries}.
 */
@Component
@ConditionalOnProperty(name = "leadrelay.hubspot.events.worker-enabled", matchIfMissing = true)
class WebhookEventWorker {

    static final List<WebhookEvent.Status> OPEN = List.of(WebhookEvent.Status.PENDING, WebhookEvent.Status.PROCESSING);

    private static final Logger log = LoggerFactory.getLogger(WebhookEventWorker.class);

    private final WebhookEventRepository events;
    private final WebhookEventApplier applier;
    private final WebhookEventProperties properties;
    private final TransactionTemplate transactions;
    private final Counter applied;
    private final Counter failures;

    WebhookEventWorker(WebhookEventRepository events, WebhookEventApplier applier, WebhookEventProperties properties,
                       TransactionTemplate transactions, MeterRegistry meters) {
        this.events = events;
        this.applier = applier;
        this.properties = properties;
        this.transactions = transactions;
        this.applied = Counter.builder("leadrelay.hubspot.events.applied").description("Webhook events applied")
                .register(meters);
        this.failures = Counter.builder("leadrelay.hubspot.events.failures")
                .description("Failed tries to apply a webhook event").register(meters);
        Gauge.builder("leadrelay.hubspot.events.backlog", events, repo -> repo.countByStatusIn(OPEN))
                .description("Webhook events not applied yet").register(meters);
        Gauge.builder("leadrelay.hubspot.events.failing", events, repo -> repo.countByStatusInAndLastErrorIsNotNull(OPEN))
                .description("Webhook events whose last try failed").register(meters);
    }

    @Scheduled(fixedDelayString = "${leadrelay.hubspot.events.poll-interval:PT1S}")
    void processDue() {
        List<Long> due = events.findDue(Instant.now(), OPEN, PageRequest.of(0, properties.batchSize()));
        for (Long id : due) {
            process(id);
        }
    }

    void process(Long id) {
        WebhookEvent event = events.findById(id).orElse(null);
        if (event == null || waitsForMergedContacts(event) || !claim(id)) {
            return;
        }
        try {
            applier.apply(event);
            applied.increment();
        } catch (RuntimeException e) {
            int tries = event.getTries() + 1;
            Instant retryAt = Instant.now().plus(properties.retryDelay(tries));
            log.warn("Webhook event {} ({} of contact {}) failed, try {}, next at {}: {}", id,
                    event.getSubscriptionType(), event.getObjectId(), tries, retryAt, e.toString());
            transactions.executeWithoutResult(tx -> events.markFailed(id, retryAt,
                    WebhookEvent.abbreviate(String.valueOf(e.getMessage()), 1900)));
            failures.increment();
        }
    }

    /** A merge also touches the merged contacts: their earlier events go first. */
    private boolean waitsForMergedContacts(WebhookEvent event) {
        return event.mergedObjectIdList().stream()
                .anyMatch(contact -> events.existsEarlierOpen(contact, event.getOccurredAt(), OPEN));
    }

    private boolean claim(Long id) {
        Instant now = Instant.now();
        Integer claimed = transactions.execute(tx -> events.claim(id, now, now.plus(properties.lease()), OPEN));
        return claimed != null && claimed > 0;
    }
}
