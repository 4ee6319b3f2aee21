package io.leadrelay.intake;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The fallback for webhooks that never came (a subscription paused, HubSpot giving up after its retries): every
 * few minutes, contacts created within the look-back window are read from the CRM search and fed in as
 * {@code contact.creation} events, through the same store, dedupe and worker as real ones. A contact already
 * seen (by a webhook or an earlier poll) creates nothing: the poll's events repeat their dedupe key, and a
 * creation for a contact that has a lead is a no-op. Off unless {@code leadrelay.hubspot.polling.enabled}.
 */
@Component
class HubSpotContactPoller {

    /** HubSpot's eventIds are positive; 0 marks an event we made from a poll. */
    static final long POLLED_EVENT_ID = 0;
    static final String ENDPOINT = "poll:/crm/v3/objects/contacts/search";

    private static final Logger log = LoggerFactory.getLogger(HubSpotContactPoller.class);
    private static final int PAGE_SIZE = 100;
    /** HubSpot's search answers at most 10,000 results per query. */
    private static final int MAX_PAGES = 100;

    private final HubSpotCrmClient crm;
    private final WebhookInbox inbox;
    private final WebhookEventStore store;
    private final boolean enabled;
    private final Duration lookBack;

    HubSpotContactPoller(HubSpotCrmClient crm, WebhookInbox inbox, WebhookEventStore store,
                         @Value("${leadrelay.hubspot.polling.enabled:false}") boolean enabled,
                         @Value("${leadrelay.hubspot.polling.look-back:PT2H}") Duration lookBack) {
        this.crm = crm;
        this.inbox = inbox;
        this.store = store;
        this.enabled = enabled;
        this.lookBack = lookBack;
    }

    @Scheduled(fixedDelayString = "${leadrelay.hubspot.polling.interval:PT10M}",
            initialDelayString = "${leadrelay.hubspot.polling.interval:PT10M}")
    void pollIfEnabled() {
        if (enabled) {
            try {
                pollCreatedSince(Instant.now().minus(lookBack));
            } catch (RuntimeException e) {
                log.warn("Polling HubSpot for new contacts failed; next poll as scheduled: {}", e.toString());
            }
        }
    }

    /** @return the number of contacts that were new to us (stored as events) */
    int pollCreatedSince(Instant since) {
        int added = 0;
        String after = null;
        for (int page = 0; page < MAX_PAGES; page++) {
            JsonNode results = crm.searchCreatedSince(since, after, PAGE_SIZE);
            List<HubSpotEvent> events = new ArrayList<>();
            for (JsonNode contact : results.path("results")) {
                events.add(new HubSpotEvent(POLLED_EVENT_ID, HubSpotEvent.CREATION, contact.path("id").asText(),
                        Instant.parse(contact.path("createdAt").asText()).toEpochMilli(), null, null, null, List.of()));
            }
            if (!events.isEmpty()) {
                Long deliveryId = inbox.store(ENDPOINT, Map.of(), results.toString().getBytes(StandardCharsets.UTF_8),
                        false);
                added += store.storeRetryingRaces(deliveryId, events).added();
            }
            after = results.path("paging").path("next").path("after").asText(null);
            if (after == null) {
                break;
            }
        }
        return added;
    }
}
