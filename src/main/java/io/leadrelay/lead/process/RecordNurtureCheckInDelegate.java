package io.leadrelay.lead.process;

import io.leadrelay.lead.LeadEventType;
import io.leadrelay.lead.LeadJournal;
import io.leadrelay.lead.LeadStatus;
import io.leadrelay.notification.LeadNotifications;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** A nurtured lead reached its check-in date: it returns to the partner's work queue, and the partner hears of it. */
@Component
class RecordNurtureCheckInDelegate implements JavaDelegate {

    private final LeadContext context;
    private final LeadJournal journal;
    private final LeadNotifications notifications;

    RecordNurtureCheckInDelegate(LeadContext context, LeadJournal journal, LeadNotifications notifications) {
        this.context = context;
        this.journal = journal;
        this.notifications = notifications;
    }

    @Override
    public void execute(DelegateExecution execution) {
        LeadContext.Loaded loaded = context.load(execution);
        journal.changeStatus(loaded.lead().getId(), LeadStatus.ACCEPTED, LeadEventType.NURTURE_CHECK_IN_DUE, null,
                null);
        notifications.nurtureCheckIn(loaded.lead(), loaded.partner(), null);
    }
}
