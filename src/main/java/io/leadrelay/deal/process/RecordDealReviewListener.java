package io.leadrelay.deal.process;

import io.leadrelay.deal.DealDecision;
import io.leadrelay.deal.DealDesk;
import io.leadrelay.lead.process.FormInputException;
import io.leadrelay.lead.process.TaskVariables;
import io.leadrelay.lead.Lead;
import io.leadrelay.lead.LeadJournal;
import io.leadrelay.notification.LeadNotifications;
import io.leadrelay.partner.PartnerSelector;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Records the deal desk's decision. A send-back or a rejection needs a comment, which the partner receives;
 * a rejection also needs a reason, which decides (in RejectionHandlingDecision) between recycle and close.
 */
@Component
class RecordDealReviewListener implements TaskListener {

    private final DealDesk dealDesk;
    private final LeadJournal journal;
    private final PartnerSelector partners;
    private final LeadNotifications notifications;

    RecordDealReviewListener(DealDesk dealDesk, LeadJournal journal, PartnerSelector partners,
                             LeadNotifications notifications) {
        this.dealDesk = dealDesk;
        this.journal = journal;
        this.partners = partners;
        this.notifications = notifications;
    }

    @Override
    public void notify(DelegateTask task) {
        String leadId = (String) task.getVariable("leadId");
        String decision = TaskVariables.required(task, "dealDecision", "Please enter a decision.");
        String actor = TaskVariables.actor(task);
        switch (decision) {
            case "approve" -> dealDesk.decide(leadId, DealDecision.APPROVED, TaskVariables.text(task, "reviewComment"),
                    null, actor);
            case "sendBack" -> dealDesk.decide(leadId, DealDecision.SENT_BACK,
                    TaskVariables.required(task, "reviewComment", "Please enter what the partner should add."), null, actor);
            case "reject" -> {
                String comment = TaskVariables.required(task, "reviewComment", "Please enter why the deal is rejected.");
                String reason = TaskVariables.required(task, "rejectReason", "Please enter a rejection reason.");
                Lead lead = journal.get(leadId);
                notifications.dealRejected(lead, partners.find(lead.getPartnerKey()).orElseThrow(), comment);
                dealDesk.decide(leadId, DealDecision.REJECTED, comment, reason, actor);
            }
            default -> throw new FormInputException("Unknown deal decision '" + decision + "'.");
        }
    }
}
