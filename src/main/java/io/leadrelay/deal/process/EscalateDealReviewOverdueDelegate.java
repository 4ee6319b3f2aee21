package io.leadrelay.deal.process;

import io.leadrelay.lead.Lead;
import io.leadrelay.lead.LeadEventType;
import io.leadrelay.lead.LeadJournal;
import io.leadrelay.notification.LeadNotifications;
import io.leadrelay.partner.PartnerSelector;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/** The deal desk's own SLA: a registration waited too long for review; the desk is reminded, the review stays. */
@Component
class EscalateDealReviewOverdueDelegate implements JavaDelegate {

    private final LeadJournal journal;
    private final PartnerSelector partners;
    private final LeadNotifications notifications;

    EscalateDealReviewOverdueDelegate(LeadJournal journal, PartnerSelector partners,
                                      LeadNotifications notifications) {
        this.journal = journal;
        this.partners = partners;
        this.notifications = notifications;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Lead lead = journal.get((String) execution.getVariable("leadId"));
        Task review = execution.getProcessEngineServices().getTaskService().createTaskQuery()
                .processInstanceId(execution.getProcessInstanceId()).taskDefinitionKey("Task_ReviewDeal")
                .singleResult();
        notifications.dealReviewOverdue(lead, partners.find(lead.getPartnerKey()).orElseThrow(),
                review == null ? null : review.getId());
        journal.record(lead.getId(), LeadEventType.DEAL_REVIEW_OVERDUE, null,
                "Review SLA " + execution.getVariable("dealReviewSla") + " lapsed");
    }
}
