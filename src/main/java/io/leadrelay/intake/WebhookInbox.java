package io.leadrelay.intake;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Keeps every inbound delivery, committed before anything else happens, and records its verdict. */
@Service
class WebhookInbox {

    private final WebhookDeliveryRepository deliveries;

    WebhookInbox(WebhookDeliveryRepository deliveries) {
        this.deliveries = deliveries;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public Long store(String endpoint, Map<String, String> headers, byte[] body) {
        String headerText = headers.entrySet().stream()
                .map(header -> header.getKey() + ": " + header.getValue())
                .collect(Collectors.joining("\n"));
        // kept as text; bytes that are not UTF-8 are replaced here, the verdict says the original was invalid
        String bodyText = body == null ? "" : new String(body, StandardCharsets.UTF_8);
        return deliveries.save(new WebhookDelivery(endpoint, Instant.now(), headerText, bodyText)).getId();
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void judgeSeparately(Long deliveryId, WebhookDelivery.Verdict verdict, String reason) {
        judge(deliveryId, verdict, reason, null);
    }

    /** Records the verdict in the caller's transaction, so "accepted" commits together with the lead. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void judge(Long deliveryId, WebhookDelivery.Verdict verdict, String reason, String leadId) {
        deliveries.findById(deliveryId).orElseThrow().judge(verdict, reason, leadId);
    }
}
