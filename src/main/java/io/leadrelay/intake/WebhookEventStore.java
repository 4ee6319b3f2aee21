package io.leadrelay.intake;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.context.annotation.Lazy;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores the events of an accepted Webhooks API delivery, one row each, and the delivery's verdict, in one
 * transaction. An event stored before (a redelivery, or the same event twice in a batch) is skipped; the unique
 * index on the dedupe key stops two concurrent deliveries of the same event, and the caller then tries again.
 */
@Service
class WebhookEventStore {

    record Stored(int added, int duplicates, int ignored) {
    }

    private final WebhookEventRepository events;
    private final WebhookInbox inbox;
    private final WebhookEventProperties properties;
    /** This bean through its proxy, so that each try of {@link #store} runs in its own transaction. */
    private final WebhookEventStore self;

    WebhookEventStore(WebhookEventRepository events, WebhookInbox inbox, WebhookEventProperties properties,
                      @Lazy WebhookEventStore self) {
        this.events = events;
        this.self = self;
        this.inbox = inbox;
        this.properties = properties;
    }

    /**
     * Stores the batch; if a parallel request (HubSpot sends up to 10 at once) or another node stored one of its
     * events first, the unique index refuses this transaction, and the next try skips what is stored now.
     * Called outside a transaction, so each try is a transaction of its own.
     */
    Stored storeRetryingRaces(Long deliveryId, List<HubSpotEvent> batch) {
        for (int attempt = 1; ; attempt++) {
            try {
                return self.store(deliveryId, batch);
            } catch (DataIntegrityViolationException race) {
                if (attempt >= 5) {
                    throw race;
                }
            }
        }
    }

    @Transactional
    public Stored store(Long deliveryId, List<HubSpotEvent> batch) {
        Instant now = Instant.now();
        Set<String> keys = new HashSet<>();
        int added = 0;
        int duplicates = 0;
        int ignored = 0;
        for (HubSpotEvent event : batch) {
            WebhookEvent row = new WebhookEvent(deliveryId, event, now, now.plus(properties.settleDelay()));
            if (!keys.add(row.key()) || events.existsByEventIdAndSubscriptionTypeAndObjectIdAndOccurredAtAndPropertyName(
                    row.getEventId(), row.getSubscriptionType(), row.getObjectId(), row.getOccurredAt(),
                    row.getPropertyName())) {
                duplicates++;
                continue;
            }
            if (!event.handled()) {
                row.ignoreOnArrival("Not handled: " + event.subscriptionType());
                ignored++;
            }
            events.save(row);
            added++;
        }
        String reason = batch.size() + " events: " + added + " new (" + ignored + " of a type we ignore), "
                + duplicates + " seen before";
        boolean nothingNew = added == 0 && duplicates > 0;
        inbox.judge(deliveryId, nothingNew ? WebhookDelivery.Verdict.DUPLICATE : WebhookDelivery.Verdict.ACCEPTED,
                reason, null);
        return new Stored(added, duplicates, ignored);
    }
}
