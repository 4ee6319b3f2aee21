package io.leadrelay.intake;

import io.leadrelay.lead.Lead;
import io.leadrelay.lead.LeadDetails;
import io.leadrelay.lead.LeadEventType;
import io.leadrelay.lead.LeadJournal;
import io.leadrelay.lead.LeadRepository;
import io.leadrelay.lead.process.LeadLifecycle;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns a stored delivery into a lead and starts its lifecycle, unless the contact already has a running one:
 * HubSpot delivers at least once, so a repeat must change nothing but the timeline.
 */
@Service
class LeadIntake {

    record Outcome(String leadId, boolean duplicate) {
    }

    private final LeadRepository leads;
    private final LeadJournal journal;
    private final LeadLifecycle lifecycle;
    private final RegionResolver regions;
    private final WebhookInbox inbox;

    LeadIntake(LeadRepository leads, LeadJournal journal, LeadLifecycle lifecycle, RegionResolver regions,
               WebhookInbox inbox) {
        this.leads = leads;
        this.journal = journal;
        this.lifecycle = lifecycle;
        this.regions = regions;
        this.inbox = inbox;
    }

    /**
     * Creates the lead, its first event and its process instance in one transaction. Two concurrent deliveries
     * of one contact both pass the lookup; the unique index on the open contact id lets only one commit, and the
     * caller then retries, which finds the lead and answers "duplicate".
     */
    @Transactional
    public Outcome receive(Long deliveryId, LeadDetails details) {
        Outcome outcome = receive("delivery " + deliveryId, details);
        if (outcome.duplicate()) {
            inbox.judge(deliveryId, WebhookDelivery.Verdict.DUPLICATE,
                    "Contact already has running lead " + outcome.leadId(), outcome.leadId());
        } else {
            inbox.judge(deliveryId, WebhookDelivery.Verdict.ACCEPTED, null, outcome.leadId());
        }
        return outcome;
    }

    /**
     * As {@link #receive(Long, LeadDetails)} for a lead that a Webhooks API event asked for.
     *
     * @param origin what asked for it, for the timeline ("event 17 of delivery 5")
     */
    @Transactional
    public Outcome receive(String origin, LeadDetails details) {
        Optional<Lead> running = leads.findByOpenContactId(details.hubspotContactId());
        if (running.isPresent()) {
            String leadId = running.get().getId();
            journal.record(leadId, LeadEventType.DUPLICATE_DELIVERY_IGNORED, null, capitalised(origin));
            return new Outcome(leadId, true);
        }
        String region = regions.regionOf(details.country(), details.state());
        Lead lead = journal.receive(details, region, "HubSpot contact " + details.hubspotContactId()
                + " (" + origin + ")");
        leads.flush();
        lifecycle.start(lead);
        return new Outcome(lead.getId(), false);
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
