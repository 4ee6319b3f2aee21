package io.leadrelay.intake;

import com.fasterxml.jackson.databind.JsonNode;
import io.leadrelay.lead.LeadDetails;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/hubspot/workflow}: the target of a HubSpot workflow "Send a webhook" action with the contact
 * as body. {@link HubSpotRequestGate} stores and checks every request; then the lead is created at once (the
 * body holds the whole contact, no CRM call is needed). Answers 202 with the lead id, also for a repeat (the
 * same bytes again, or a contact whose lead is still running: {@code "duplicate": true}).
 */
@RestController
class HubSpotWorkflowController implements HubSpotRequestGate.DeliveryHandler {

    static final String PATH = "/api/hubspot/workflow";

    private final HubSpotRequestGate gate;
    private final WebhookInbox inbox;
    private final LeadIntake intake;
    private final WorkflowContactMapper mapper;

    HubSpotWorkflowController(HubSpotRequestGate gate, WebhookInbox inbox, LeadIntake intake,
                              WorkflowContactMapper mapper) {
        this.gate = gate;
        this.inbox = inbox;
        this.intake = intake;
        this.mapper = mapper;
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
    public ResponseEntity<?> accept(Long deliveryId, JsonNode contact) {
        LeadDetails details = mapper.map(contact);
        Optional<WebhookDelivery> earlier = inbox.earlierWithSameBody(deliveryId);
        if (earlier.isPresent()) {
            // HubSpot retried a call we had taken (our answer got lost): the same bytes create nothing new
            String leadId = earlier.get().getLeadId();
            inbox.judgeSeparately(deliveryId, WebhookDelivery.Verdict.DUPLICATE,
                    "Same body as delivery " + earlier.get().getId(), leadId);
            return answer(deliveryId, leadId, true);
        }
        LeadIntake.Outcome outcome;
        try {
            outcome = intake.receive(deliveryId, details);
        } catch (DataIntegrityViolationException raceWithSameContact) {
            // a concurrent delivery of the same contact won; this one is its duplicate
            outcome = intake.receive(deliveryId, details);
        }
        return answer(deliveryId, outcome.leadId(), outcome.duplicate());
    }

    private static ResponseEntity<?> answer(Long deliveryId, String leadId, boolean duplicate) {
        return ResponseEntity.accepted().body(Map.of("deliveryId", deliveryId, "leadId", leadId,
                "duplicate", duplicate));
    }
}
