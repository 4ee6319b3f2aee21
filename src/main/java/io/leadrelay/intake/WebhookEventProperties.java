package io.leadrelay.intake;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How stored Webhooks API events are applied.
 *
 * @param settleDelay   how long a new event waits before it is applied, so that an earlier event of the same
 *                      contact that HubSpot sends in a parallel request can still arrive and go first
 * @param lease         how long a worker holds an event; after that another worker (node) may take it over
 * @param firstRetry    wait after the first failed try; doubles with each further failure
 * @param maxRetryDelay the longest wait between tries
 * @param batchSize     events a worker looks at per poll
 */
@ConfigurationProperties("leadrelay.hubspot.events")
public record WebhookEventProperties(Duration settleDelay, Duration lease, Duration firstRetry,
                                     Duration maxRetryDelay, int batchSize) {

    public WebhookEventProperties {
        settleDelay = settleDelay == null ? Duration.ofSeconds(2) : settleDelay;
        lease = lease == null ? Duration.ofMinutes(2) : lease;
        firstRetry = firstRetry == null ? Duration.ofSeconds(30) : firstRetry;
        maxRetryDelay = maxRetryDelay == null ? Duration.ofHours(1) : maxRetryDelay;
        batchSize = batchSize <= 0 ? 50 : batchSize;
    }

    /** Exponential backoff: {@code firstRetry}, doubling per failed try, capped at {@code maxRetryDelay}. */
    Duration retryDelay(int tries) {
        Duration delay = firstRetry;
        for (int i = 1; i < tries && delay.compareTo(maxRetryDelay) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(maxRetryDelay) > 0 ? maxRetryDelay : delay;
    }
}
