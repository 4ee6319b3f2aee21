package io.leadrelay.intake;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.util.InvalidMimeTypeException;
import org.springframework.util.unit.DataSize;

/**
 * What every HubSpot endpoint does before it looks at the content: read the raw body (at most the configured
 * size), store the delivery and commit, check the signature on the raw bytes, check the body is UTF-8 JSON of
 * sane depth. Faults are answered 401, 413 or 400 with a problem detail (RFC 9457) naming them, recorded on the
 * delivery, logged and counted ({@code leadrelay.hubspot.deliveries.rejected}); nothing is dropped silently.
 * A rejected delivery can be replayed through the same checks after a fix.
 */
@Component
class HubSpotRequestGate {

    /** An endpoint's handling of a delivery that passed the gate. */
    interface DeliveryHandler {
        String endpoint();

        /** May throw {@link InvalidDeliveryException} for content it cannot take (answered 400). */
        ResponseEntity<?> accept(Long deliveryId, JsonNode body);
    }

    private static final Logger log = LoggerFactory.getLogger(HubSpotRequestGate.class);
    private static final Set<String> NOT_STORED_HEADERS = Set.of("authorization", "cookie");
    /** Deep enough for any HubSpot body; deeper JSON fails fast with a 400 instead of exhausting the stack. */
    private static final int MAX_NESTING_DEPTH = 64;

    private final WebhookInbox inbox;
    private final HubSpotProperties hubspot;
    private final HubSpotSignatureVerifier signatures;
    private final MeterRegistry meters;
    private final long maxBodyBytes;
    private final ObjectMapper json;

    HubSpotRequestGate(WebhookInbox inbox, HubSpotProperties hubspot, MeterRegistry meters,
                       @Value("${leadrelay.hubspot.max-body-size:1MB}") DataSize maxBodySize) {
        this.inbox = inbox;
        this.hubspot = hubspot;
        this.meters = meters;
        this.signatures = new HubSpotSignatureVerifier(hubspot.clientSecret(), hubspot.signatureVersions(),
                hubspot.maxSignatureAge(), Clock.systemUTC());
        this.maxBodyBytes = maxBodySize.toBytes();
        this.json = new ObjectMapper(JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING_DEPTH).build())
                .build());
    }

    ResponseEntity<?> receive(HttpServletRequest request, DeliveryHandler handler) {
        Map<String, String> headers = headersOf(request);
        byte[] body = readAtMost(request, maxBodyBytes + 1);
        boolean complete = body.length <= maxBodyBytes;
        Long deliveryId = inbox.store(handler.endpoint(), headers, complete ? body : java.util.Arrays.copyOf(body,
                (int) maxBodyBytes), complete);
        if (!complete) {
            // a cut-off body cannot be verified or parsed; it is refused before either
            return reject(handler.endpoint(), deliveryId, HttpStatus.PAYLOAD_TOO_LARGE, "Body too large",
                    "The body is larger than the limit of " + maxBodyBytes + " bytes");
        }
        String query = request.getQueryString();
        return check(handler, deliveryId, request.getMethod(), request.getRequestURI() + (query == null ? ""
                : "?" + query), body, headers, true);
    }

    /** Runs a stored delivery through the checks again, the signature's age excepted (see the verifier). */
    ResponseEntity<?> replay(WebhookDelivery delivery, DeliveryHandler handler) {
        return check(handler, delivery.getId(), "POST", delivery.getEndpoint(), delivery.getRawBody(),
                WebhookInbox.headersOf(delivery.getHeaders()), false);
    }

    private ResponseEntity<?> check(DeliveryHandler handler, Long deliveryId, String method, String pathAndQuery,
                                    byte[] body, Map<String, String> headers, boolean checkAge) {
        HubSpotSignatureVerifier.Verdict signature =
                signatures.verify(method, publicUrl(pathAndQuery), body, headers, checkAge);
        if (!signature.valid()) {
            return reject(handler.endpoint(), deliveryId, HttpStatus.UNAUTHORIZED, "Invalid HubSpot signature",
                    signature.reason());
        }
        try {
            return handler.accept(deliveryId, parse(body, headers.get("content-type")));
        } catch (InvalidDeliveryException e) {
            return reject(handler.endpoint(), deliveryId, HttpStatus.BAD_REQUEST, "Invalid HubSpot delivery",
                    e.getMessage());
        }
    }

    private JsonNode parse(byte[] raw, String contentType) {
        MediaType type;
        try {
            type = contentType == null ? null : MediaType.parseMediaType(contentType);
        } catch (InvalidMimeTypeException e) {
            type = null;
        }
        if (type == null || !MediaType.APPLICATION_JSON.isCompatibleWith(type)) {
            throw new InvalidDeliveryException("Content-Type must be application/json, got " + contentType);
        }
        if (type.getCharset() != null && !StandardCharsets.UTF_8.equals(type.getCharset())) {
            throw new InvalidDeliveryException("The body must be UTF-8, Content-Type says " + type.getCharset());
        }
        if (raw.length == 0) {
            throw new InvalidDeliveryException("The body is empty");
        }
        if (raw.length >= 3 && (raw[0] & 0xFF) == 0xEF && (raw[1] & 0xFF) == 0xBB && (raw[2] & 0xFF) == 0xBF) {
            throw new InvalidDeliveryException("The body starts with a byte-order mark; JSON must not have one");
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(raw)).toString();
            JsonNode parsed = json.readTree(text);
            if (parsed == null || parsed.isMissingNode()) {
                throw new InvalidDeliveryException("The body is empty");
            }
            return parsed;
        } catch (CharacterCodingException e) {
            throw new InvalidDeliveryException("The body is not valid UTF-8");
        } catch (JsonProcessingException e) {
            throw new InvalidDeliveryException("The body is not valid JSON: " + e.getOriginalMessage());
        }
    }

    private ResponseEntity<ProblemDetail> reject(String endpoint, Long deliveryId, HttpStatus status, String title,
                                                 String reason) {
        WebhookDelivery.Verdict verdict = status == HttpStatus.UNAUTHORIZED
                ? WebhookDelivery.Verdict.UNAUTHORIZED : WebhookDelivery.Verdict.REJECTED;
        inbox.judgeSeparately(deliveryId, verdict, reason);
        meters.counter("leadrelay.hubspot.deliveries.rejected", "endpoint", endpoint,
                "status", String.valueOf(status.value())).increment();
        log.warn("HubSpot delivery {} to {} rejected ({}): {}", deliveryId, endpoint, status.value(), reason);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, reason);
        problem.setTitle(title);
        problem.setProperty("deliveryId", deliveryId);
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    /** The URL HubSpot signed: the configured public base URL (behind a TLS proxy not what the servlet sees). */
    private String publicUrl(String pathAndQuery) {
        return hubspot.publicBaseUrl().replaceAll("/+$", "") + pathAndQuery;
    }

    private static byte[] readAtMost(HttpServletRequest request, long limit) {
        try {
            return request.getInputStream().readNBytes((int) Math.min(limit, Integer.MAX_VALUE - 8));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the request body", e);
        }
    }

    private static Map<String, String> headersOf(HttpServletRequest request) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (String name : Collections.list(request.getHeaderNames())) {
            String lower = name.toLowerCase(Locale.ROOT);
            if (!NOT_STORED_HEADERS.contains(lower)) {
                headers.put(lower, request.getHeader(name));
            }
        }
        return headers;
    }
}
