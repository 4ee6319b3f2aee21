package io.leadrelay.intake;

import io.leadrelay.lead.Lead;
import io.leadrelay.lead.LeadJournal;
import io.leadrelay.lead.LeadRepository;
import io.leadrelay.lead.LeadStatus;
import io.leadrelay.lead.process.LeadLifecycle;
import io.leadrelay.notification.LeadNotifications;
import io.leadrelay.partner.PartnerRepository;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What a contact deleted or merged in HubSpot means for its leads. Each call is one transaction. */
@Service
class ContactRemovals {

    private final LeadRepository leads;
    private final LeadJournal journal;
    private final LeadLifecycle lifecycle;
    private final LeadNotifications notifications;
    private final PartnerRepository partners;
    private final WebhookDeliveryRepository deliveries;
    private final WebhookEventRepository events;

    ContactRemovals(LeadRepository leads, LeadJournal journal, LeadLifecycle lifecycle,
                    LeadNotifications notifications, PartnerRepository partners,
                    WebhookDeliveryRepository deliveries, WebhookEventRepository events) {
        this.leads = leads;
        this.journal = journal;
        this.lifecycle = lifecycle;
        this.notifications = notifications;
        this.partners = partners;
        this.deliveries = deliveries;
        this.events = events;
    }

    /**
     * Erases every lead of a deleted contact: ends its lifecycle (and the engine's history of it, which holds
     * personal data on task variables), tells the partner holding it, blanks the personal fields and the raw
     * deliveries that carried them. The anonymous lead, its assignments and its timeline stay for the dashboards.
     *
     * @return the ids of the leads erased now
     */
    @Transactional
    public List<String> erase(String contactId, String reason) {
        List<String> erased = new ArrayList<>();
        for (Lead lead : leads.findByHubspotContactId(contactId)) {
            boolean heldByPartner = heldByPartner(lead);
            lifecycle.withdraw(lead.getId(), reason, true);
            if (journal.erase(lead.getId(), reason)) {
                erased.add(lead.getId());
                if (heldByPartner) {
                    partners.findById(lead.getPartnerKey()).ifPresent(partner -> notifications.leadRemovedInCrm(
                            lead, partner, "its contact was deleted in HubSpot"));
                }
                deliveries.redactForLead(lead.getId(), "[erased: HubSpot contact deleted]");
            }
        }
        // property changes (phone, e-mail, ...) of the contact carry personal data in their value and raw delivery
        List<Long> carriers = events.findDeliveriesWithValues(contactId);
        events.eraseValues(contactId);
        if (!carriers.isEmpty()) {
            deliveries.redact(carriers, "[erased: HubSpot contact " + contactId + " deleted]");
        }
        return erased;
    }

    /**
     * Merges the leads of contacts merged in HubSpot. If the surviving contact has no running lead, the merged
     * contact's lead simply follows it; if it has one, that one survives: it takes over the other's timeline, and
     * the other ends (its partner is told).
     *
     * @return what happened, for the event's outcome
     */
    @Transactional
    public String merge(String survivingContactId, List<String> mergedContactIds) {
        List<String> done = new ArrayList<>();
        for (String mergedContactId : mergedContactIds) {
            Optional<Lead> merged = leads.findByOpenContactId(mergedContactId);
            if (merged.isEmpty()) {
                continue;
            }
            Lead mergedLead = merged.get();
            Optional<Lead> surviving = leads.findByOpenContactId(survivingContactId);
            if (surviving.isEmpty()) {
                journal.followMergedContact(mergedLead.getId(), survivingContactId, mergedContactId);
                done.add("lead " + mergedLead.getId() + " now follows contact " + survivingContactId);
                continue;
            }
            Lead survivor = surviving.get();
            boolean heldByPartner = heldByPartner(mergedLead);
            String detail = "HubSpot contact " + mergedContactId + " merged into " + survivingContactId;
            lifecycle.withdraw(mergedLead.getId(), detail, false);
            journal.mergeInto(mergedLead.getId(), survivor.getId(), detail);
            if (heldByPartner) {
                partners.findById(mergedLead.getPartnerKey()).ifPresent(partner -> notifications.leadRemovedInCrm(
                        mergedLead, partner, "its contact was merged into another contact that already has a lead"));
            }
            done.add("lead " + mergedLead.getId() + " merged into lead " + survivor.getId());
        }
        return done.isEmpty() ? null : String.join("; ", done);
    }

    private static boolean heldByPartner(Lead lead) {
        return lead.getPartnerKey() != null && LeadStatus.HELD_BY_PARTNER.contains(lead.getStatus());
    }
}
