package io.leadrelay.intake;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.util.unit.DataSize;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/hubspot/workflow}: the target of a HubSpot workflow "Send a webhook" action with the contact
 * as body. Every request is stored first, then its signature and body are checked, then the lead is created.
 * Answers: 202 with the lead id (also for a repeat delivery), 400/401/413 with a problem detail (RFC 9457)
 * naming the fault. Rejected deliveries stay in the inbox for inspection.
 */
@RestController
class HubSpotWorkflowController {

    private static final Logger log = LoggerFactory.getLogger(HubSpotWorkflowController.class);
    static final String PATH = "/api/hubspot/workflow";
    private static final Set<String> NOT_STORED_HEADERS = Set.of("authorization", "cookie");

    private final WebhookInbox inbox;
    private final LeadIntake intake;
    private final WorkflowContactMapper mapper;
    private final HubSpotSignatureVerifier signatures;
    private final HubSpotProperties hubspot;
    private final ObjectMapper json;
    private final long maxBodyBytes;

    HubSpotWorkflowController(WebhookInbox inbox, LeadIntake intake, WorkflowContactMapper mapper,
                              HubSpotProperties hubspot,
                              @Value("${leadrelay.hubspot.max-body-size:1MB}") DataSize maxBodySize) {
        this.inbox = inbox;
        this.intake = intake;
        this.mapper = mapper;
        this.hubspot = hubspot;
        this.signatures = new HubSpotSignatureVerifier(hubspot.clientSecret(), hubspot.signatureVersions(),
                hubspot.maxSignatureAge(), java.time.Clock.systemUTC());
        this.maxBodyBytes = maxBodySize.toBytes();
        // deeply nested JSON must fail fast with a 400, never exhaust the stack
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).build())
                .build();
        this.json = new ObjectMapper(factory);
    }

    @PostMapping(PATH)
    ResponseEntity<?> receive(@RequestBody(required = false) byte[] body, HttpServletRequest request) {
        byte[] raw = body == null ? new byte[0] : body;
        Map<String, String> headers = headersOf(request);
        Long deliveryId = inbox.store(PATH, headers, raw);

        HubSpotSignatureVerifier.Verdict signature =
                signatures.verify(request.getMethod(), publicUrlOf(request), raw, headers);
        if (!signature.valid()) {
            return reject(deliveryId, WebhookDelivery.Verdict.UNAUTHORIZED, HttpStatus.UNAUTHORIZED,
                    "Invalid HubSpot signature", signature.reason());
        }
        if (raw.length > maxBodyBytes) {
            return reject(deliveryId, WebhookDelivery.Verdict.REJECTED, HttpStatus.PAYLOAD_TOO_LARGE,
                    "Body too large", "The body has " + raw.length + " bytes; the limit is " + maxBodyBytes);
        }
        try {
            JsonNode contact = parse(raw, request.getContentType());
            Outcome outcome = createLead(deliveryId, mapper.map(contact));
            return ResponseEntity.accepted().body(Map.of(
                    "deliveryId", deliveryId,
                    "leadId", outcome.leadId(),
                    "duplicate", outcome.duplicate()));
        } catch (InvalidDeliveryException e) {
            return reject(deliveryId, WebhookDelivery.Verdict.REJECTED, HttpStatus.BAD_REQUEST,
                    "Invalid HubSpot contact", e.getMessage());
        }
    }

    private record Outcome(String leadId, boolean duplicate) {
    }

    private Outcome createLead(Long deliveryId, io.leadrelay.lead.LeadDetails details) {
        try {
            LeadIntake.Outcome outcome = intake.receive(deliveryId, details);
            return new Outcome(outcome.leadId(), outcome.duplicate());
        } catch (DataIntegrityViolationException raceWithSameContact) {
            // a concurrent delivery of the same contact won; this one is its duplicate
            LeadIntake.Outcome outcome = intake.receive(deliveryId, details);
            return new Outcome(outcome.leadId(), outcome.duplicate());
        }
    }

    private JsonNode parse(byte[] raw, String contentType) {
        if (contentType == null || !MediaType.APPLICATION_JSON.isCompatibleWith(MediaType.parseMediaType(contentType))) {
            throw new InvalidDeliveryException("Content-Type must be application/json, got " + contentType);
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
            return json.readTree(text);
        } catch (CharacterCodingException e) {
            throw new InvalidDeliveryException("The body is not valid UTF-8");
        } catch (JsonProcessingException e) {
            throw new InvalidDeliveryException("The body is not valid JSON: " + e.getOriginalMessage());
        }
    }

    private ResponseEntity<ProblemDetail> reject(Long deliveryId, WebhookDelivery.Verdict verdict, HttpStatus status,
                                                 String title, String reason) {
        inbox.judgeSeparately(deliveryId, verdict, reason);
        log.warn("HubSpot delivery {} rejected ({}): {}", deliveryId, status.value(), reason);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, reason);
        problem.setTitle(title);
        problem.setProperty("deliveryId", deliveryId);
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    /** The URL HubSpot signed: the configured public base URL plus the path and query the servlet received. */
    private String publicUrlOf(HttpServletRequest request) {
        String base = hubspot.publicBaseUrl().replaceAll("/+$", "");
        String query = request.getQueryString();
        return base + request.getRequestURI() + (query == null ? "" : "?" + query);
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
