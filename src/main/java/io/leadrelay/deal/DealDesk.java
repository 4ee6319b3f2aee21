package io.leadrelay.deal;

import io.leadrelay.lead.AssignmentOutcome;
import io.leadrelay.lead.Lead;
import io.leadrelay.lead.LeadEventType;
import io.leadrelay.lead.LeadJournal;
import io.leadrelay.lead.LeadStatus;
import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The deal stage of a lead: registrations, their review, and the opportunity an approval creates. */
@Service
@Transactional
public class DealDesk {

    private final DealRegistrationRepository registrations;
    private final OpportunityRepository opportunities;
    private final LeadJournal journal;
    private final Clock clock;

    DealDesk(DealRegistrationRepository registrations, OpportunityRepository opportunities, LeadJournal journal,
             Clock clock) {
        this.registrations = registrations;
        this.opportunities = opportunities;
        this.journal = journal;
        this.clock = clock;
    }

    /** Stores the next version of the lead's deal registration and puts the lead in review. */
    public DealRegistration submit(String leadId, DealInput input, String actor) {
        Lead lead = journal.get(leadId);
        int version = registrations.findFirstByLeadIdOrderByVersionNoDesc(leadId)
                .map(previous -> previous.getVersionNo() + 1)
                .orElse(1);
        DealRegistration registration = registrations.save(
                new DealRegistration(leadId, lead.getPartnerKey(), version, input, clock.instant(), actor));
        journal.changeStatus(leadId, LeadStatus.DEAL_IN_REVIEW,
                version == 1 ? LeadEventType.DEAL_SUBMITTED : LeadEventType.DEAL_RESUBMITTED, actor,
                "Version " + version + ": " + input.currency() + " " + input.amount().toPlainString());
        return registration;
    }

    public void decide(String leadId, DealDecision decision, String comment, String reason, String actor) {
        DealRegistration registration = latest(leadId);
        registration.decide(decision, comment, clock.instant(), actor);
        switch (decision) {
            case APPROVED -> journal.record(leadId, LeadEventType.DEAL_APPROVED, actor, comment);
            case SENT_BACK -> journal.changeStatus(leadId, LeadStatus.DEAL_SENT_BACK, LeadEventType.DEAL_SENT_BACK,
                    actor, comment);
            case REJECTED -> journal.endAssignment(leadId, AssignmentOutcome.DEAL_REJECTED,
                    LeadEventType.DEAL_REJECTED, reason, comment, actor);
        }
    }

    /** Creates the opportunity from the approved registration; the lead's lifecycle ends with it. */
    public Opportunity createOpportunity(String leadId) {
        DealRegistration approved = latest(leadId);
        if (!DealDecision.APPROVED.name().equals(approved.getDecision())) {
            throw new IllegalStateException("Deal registration of lead " + leadId + " is not approved");
        }
        Opportunity opportunity = opportunities.save(new Opportunity(approved, clock.instant()));
        journal.completeWithOpportunity(leadId, opportunity.getName() + " (" + opportunity.formattedAmount() + ")");
        return opportunity;
    }

    public DealRegistration latest(String leadId) {
        return registrations.findFirstByLeadIdOrderByVersionNoDesc(leadId)
                .orElseThrow(() -> new IllegalStateException("Lead " + leadId + " has no deal registration"));
    }
}
