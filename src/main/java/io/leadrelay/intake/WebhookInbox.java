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

    /**
     * Stores a delivery and commits at once, before any check: whatever happens next, it can be seen and replayed.
     *
     * @param complete false if the body was cut off at the size limit (such a delivery cannot be replayed)
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public Long store(String endpoint, Map<String, String> headers, byte[] body, boolean complete) {
        byte[] raw = body == null ? new byte[0] : body;
        // kept as text for reading; bytes that are not UTF-8 are replaced there, the raw bytes keep the original
        String bodyText = new String(raw, StandardCharsets.UTF_8);
        return deliveries.save(new WebhookDelivery(endpoint, Instant.now(), headerText(headers), bodyText,
                complete ? raw : null, complete ? sha256(raw) : null)).getId();
    }

    static String headerText(Map<String, String> headers) {
        return headers.entrySet().stream()
                .map(header -> header.getKey() + ": " + header.getValue())
                .collect(Collectors.joining("\n"));
    }

    static Map<String, String> headersOf(String headerText) {
        Map<String, String> headers = new java.util.LinkedHashMap<>();
        if (headerText != null) {
            for (String line : headerText.split("\n")) {
                int colon = line.indexOf(": ");
                if (colon > 0) {
                    headers.put(line.substring(0, colon), line.substring(colon + 2));
                }
            }
        }
        return headers;
    }

    private static String sha256(byte[] body) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(body));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void judgeSeparately(Long deliveryId, WebhookDelivery.Verdict verdict, String reason) {
        judge(deliveryId, verdict, reason, null);
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void judgeSeparately(Long deliveryId, WebhookDelivery.Verdict verdict, String reason, String leadId) {
        judge(deliveryId, verdict, reason, leadId);
    }

    /** An earlier delivery to the same endpoint with the same bytes that led to a lead. */
    @Transactional(readOnly = true)
    public java.util.Optional<WebhookDelivery> earlierWithSameBody(Long deliveryId) {
        WebhookDelivery delivery = deliveries.findById(deliveryId).orElseThrow();
        if (delivery.getBodySha256() == null) {
            return java.util.Optional.empty();
        }
        return deliveries.findFirstByEndpointAndBodySha256AndIdNotAndLeadIdIsNotNullOrderById(
                delivery.getEndpoint(), delivery.getBodySha256(), deliveryId);
    }

    /** Records the verdict in the caller's transaction, so "accepted" commits together with the lead. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void judge(Long deliveryId, WebhookDelivery.Verdict verdict, String reason, String leadId) {
        deliveries.findById(deliveryId).orElseThrow().judge(verdict, reason, leadId);
    }
}
