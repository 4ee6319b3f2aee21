package io.leadrelay.lead.process;

import io.leadrelay.lead.LeadEventType;
import io.leadrelay.lead.LeadJournal;
import io.leadrelay.lead.LeadStatus;
import io.leadrelay.notification.LeadNotifications;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** A lead lands in the vendor's triage queue: record why and alert the partner managers. */
@Component
class OpenTriageListener implements TaskListener {

    private final LeadContext context;
    private final LeadJournal journal;
    private final LeadNotifications notifications;

    OpenTriageListener(LeadContext context, LeadJournal journal, LeadNotifications notifications) {
        this.context = context;
        this.journal = journal;
        this.notifications = notifications;
    }

    @Override
    public void notify(DelegateTask task) {
        String reason = TaskVariables.text(task, LeadLifecycleProcess.TRIAGE_REASON);
        LeadContext.Loaded loaded = context.load(task);
        journal.changeStatus(loaded.lead().getId(), LeadStatus.IN_TRIAGE, LeadEventType.TRIAGE_NEEDED, null, reason);
        notifications.triageNeeded(loaded.lead(), reason, task.getId());
    }
}
