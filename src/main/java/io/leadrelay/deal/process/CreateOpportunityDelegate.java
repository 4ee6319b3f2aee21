package io.leadrelay.deal.process;

import io.leadrelay.deal.DealDesk;
import io.leadrelay.deal.Opportunity;
import io.leadrelay.lead.Lead;
import io.leadrelay.lead.LeadJournal;
import io.leadrelay.notification.LeadNotifications;
import io.leadrelay.partner.PartnerSelector;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The approved registration becomes an opportunity that the partner and its manager both see. */
@Component
class CreateOpportunityDelegate implements JavaDelegate {

    private final DealDesk dealDesk;
    private final LeadJournal journal;
    private final PartnerSelector partners;
    private final LeadNotifications notifications;

    CreateOpportunityDelegate(DealDesk dealDesk, LeadJournal journal, PartnerSelector partners,
                              LeadNotifications notifications) {
        this.dealDesk = dealDesk;
        this.journal = journal;
        this.partners = partners;
        this.notifications = notifications;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String leadId = (String) execution.getVariable("leadId");
        Opportunity opportunity = dealDesk.createOpportunity(leadId);
        Lead lead = journal.get(leadId);
        notifications.opportunityCreated(lead, partners.find(lead.getPartnerKey()).orElseThrow(),
                opportunity.getName(), opportunity.formattedAmount());
        execution.setVariable("opportunityId", opportunity.getId());
    }
}
