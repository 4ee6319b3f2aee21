package io.leadrelay.deal.process;

import io.leadrelay.lead.Lead;
import io.leadrelay.lead.LeadJournal;
import io.leadrelay.lead.process.TaskVariables;
import io.leadrelay.notification.LeadNotifications;
import io.leadrelay.partner.PartnerSelector;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** When the improve-deal task exists, the partner gets the reviewer's comment and a link straight to it. */
@Component
class NotifyDealSentBackListener implements TaskListener {

    private final LeadJournal journal;
    private final PartnerSelector partners;
    private final LeadNotifications notifications;

    NotifyDealSentBackListener(LeadJournal journal, PartnerSelector partners, LeadNotifications notifications) {
        this.journal = journal;
        this.partners = partners;
        this.notifications = notifications;
    }

    @Override
    public void notify(DelegateTask task) {
        Lead lead = journal.get((String) task.getVariable("leadId"));
        notifications.dealSentBack(lead, partners.find(lead.getPartnerKey()).orElseThrow(),
                TaskVariables.text(task, "reviewComment"), task.getId());
    }
}
