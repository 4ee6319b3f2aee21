package io.leadrelay.intake;

import com.fasterxml.jackson.databind.JsonNode;
import io.leadrelay.lead.Lead;
import io.leadrelay.lead.LeadRepository;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Applies one stored Webhooks API event. Slow calls (the CRM) run outside any transaction; the writes and the
 * event's "done" commit together, so a crash in between leaves the event to be applied again, which is safe
 * because a contact never gets a second running lead.
 */
@Component
class WebhookEventApplier {

    private final WebhookEventRepository events;
    private final HubSpotCrmClient crm;
    private final CrmContactMapper mapper;
    private final LeadIntake intake;
    private final LeadRepository leads;
    private final ContactRemovals removals;
    private final HubSpotApiProperties api;
    private final TransactionTemplate transactions;

    WebhookEventApplier(WebhookEventRepository events, HubSpotCrmClient crm, CrmContactMapper mapper,
                        LeadIntake intake, LeadRepository leads, ContactRemovals removals, HubSpotApiProperties api,
                        TransactionTemplate transactions) {
        this.events = events;
        this.crm = crm;
        this.mapper = mapper;
        this.intake = intake;
        this.leads = leads;
        this.removals = removals;
        this.api = api;
        this.transactions = transactions;
    }

    void apply(WebhookEvent event) {
        switch (event.getSubscriptionType()) {
            case HubSpotEvent.CREATION -> createLead(event);
            case HubSpotEvent.PROPERTY_CHANGE -> applyPropertyChange(event);
            case HubSpotEvent.DELETION, HubSpotEvent.PRIVACY_DELETION -> erase(event);
            case HubSpotEvent.MERGE -> merge(event);
            default -> finish(event, WebhookEvent.Status.IGNORED, "Not handled: " + event.getSubscriptionType(), null);
        }
    }

    /**
     * Only a configured trigger (e.g. lifecycle stage becomes sales-qualified) creates a lead; other changes are
     * not copied onto a running lead, so nothing a partner already works with changes under its feet.
     */
    private void applyPropertyChange(WebhookEvent event) {
        if (!api.isTrigger(event.getPropertyName(), event.getPropertyValue())) {
            finish(event, WebhookEvent.Status.IGNORED, "No lead trigger: " + event.getPropertyName(), null);
        } else if (events.existsLaterChange(event.getObjectId(), event.getOccurredAt(), event.getPropertyName(),
                List.of(WebhookEvent.Status.DONE, WebhookEvent.Status.IGNORED))) {
            finish(event, WebhookEvent.Status.IGNORED, "Superseded by a later change of " + event.getPropertyName(),
                    null);
        } else {
            createLead(event);
        }
    }

    private void createLead(WebhookEvent event) {
        // an event that arrives after the contact's deletion (or merge) was applied must not bring it back
        if (events.existsLaterApplied(event.getObjectId(), event.getOccurredAt(), HubSpotEvent.REMOVALS)) {
            finish(event, WebhookEvent.Status.IGNORED, "The contact was deleted or merged later", null);
            return;
        }
        Optional<Lead> running = leads.findByOpenContactId(event.getObjectId());
        if (running.isPresent()) {
            finish(event, WebhookEvent.Status.DONE, "Contact already has a running lead", running.get().getId());
            return;
        }
        // a contact is created once: a second creation (a poll after the webhook) must not revive a closed lead
        Optional<Lead> earlier = HubSpotEvent.CREATION.equals(event.getSubscriptionType())
                ? leads.findByHubspotContactId(event.getObjectId()).stream().findFirst() : Optional.empty();
        if (earlier.isPresent()) {
            finish(event, WebhookEvent.Status.DONE, "Contact already had a lead", earlier.get().getId());
            return;
        }
        Optional<JsonNode> contact = crm.fetchContact(event.getObjectId());
        if (contact.isEmpty()) {
            finish(event, WebhookEvent.Status.IGNORED, "Contact not found in the CRM (deleted or merged)", null);
            return;
        }
        var details = mapper.map(contact.get());
        transactions.executeWithoutResult(tx -> {
            LeadIntake.Outcome outcome = intake.receive("event " + event.getId() + " of delivery "
                    + event.getDeliveryId(), details);
            finish(event, WebhookEvent.Status.DONE,
                    outcome.duplicate() ? "Contact already has a running lead" : "Lead created", outcome.leadId());
        });
    }

    private void erase(WebhookEvent event) {
        transactions.executeWithoutResult(tx -> {
            List<String> erased = removals.erase(event.getObjectId(), "HubSpot contact "
                    + (HubSpotEvent.PRIVACY_DELETION.equals(event.getSubscriptionType()) ? "deleted for privacy"
                    : "deleted") + " (event " + event.getId() + ")");
            if (erased.isEmpty()) {
                finish(event, WebhookEvent.Status.DONE, "No lead to erase", null);
            } else {
                finish(event, WebhookEvent.Status.DONE, "Erased lead(s) " + String.join(", ", erased), erased.get(0));
            }
        });
    }

    private void merge(WebhookEvent event) {
        transactions.executeWithoutResult(tx -> {
            String result = removals.merge(event.getObjectId(), event.mergedObjectIdList());
            finish(event, WebhookEvent.Status.DONE, result == null ? "No lead of a merged contact" : result,
                    leads.findByOpenContactId(event.getObjectId()).map(Lead::getId).orElse(null));
        });
    }

    private void finish(WebhookEvent event, WebhookEvent.Status status, String outcome, String leadId) {
        transactions.executeWithoutResult(tx -> events.finish(event.getId(), status,
                WebhookEvent.abbreviate(outcome, 500), leadId, Instant.now()));
    }
}
