package io.leadrelay.intake;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/hubspot/webhooks}: HubSpot Webhooks API deliveries, a JSON array of up to 100 events.
 * {@link HubSpotRequestGate} stores and checks the request; here its events are stored, one row each, and the
 * delivery is acknowledged (200). Nothing else happens in the request, least of all a CRM call: HubSpot gives
 * up after 5 s. {@link WebhookEventWorker} applies the events afterwards.
 */
@RestController
class HubSpotWebhooksController implements HubSpotRequestGate.DeliveryHandler {

    static final String PATH = "/api/hubspot/webhooks";

    private final HubSpotRequestGate gate;
    private final WebhookEventStore store;

    HubSpotWebhooksController(HubSpotRequestGate gate, WebhookEventStore store) {
        this.gate = gate;
        this.store = store;
    }

    @PostMapping(PATH)
    ResponseEntity<?> receive(HttpServletRequest request) {
        return gate.receive(request, this);
    }

    @Override
    public String endpoint() {
        return PATH;
    }

    @Override
    public ResponseEntity<?> accept(Long deliveryId, JsonNode body) {
        List<HubSpotEvent> events = HubSpotEvent.parseAll(body);
        WebhookEventStore.Stored stored = store.storeRetryingRaces(deliveryId, events);
        return ResponseEntity.ok(Map.of("deliveryId", deliveryId, "events", events.size(),
                "new", stored.added(), "duplicates", stored.duplicates()));
    }
}
