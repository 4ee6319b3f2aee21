package io.leadrelay.lead.process;

import io.leadrelay.lead.LeadEventType;
import io.leadrelay.lead.LeadJournal;
import io.leadrelay.notification.LeadNotifications;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Step 4 of the lifecycle: when the accept task exists, the partner gets the full lead and a direct link to the
 * task. Running on task creation (not in a service task before it) is what makes the link possible.
 */
@Component
class NotifyPartnerOfLeadListener implements TaskListener {

    private final LeadContext context;
    private final LeadJournal journal;
    private final LeadNotifications notifications;

    NotifyPartnerOfLeadListener(LeadContext context, LeadJournal journal, LeadNotifications notifications) {
        this.context = context;
        this.journal = journal;
        this.notifications = notifications;
    }

    @Override
    public void notify(DelegateTask task) {
        LeadContext.Loaded loaded = context.load(task);
        boolean recycled = ((Number) task.getVariable(LeadLifecycleProcess.ASSIGNMENT_COUNT)).intValue() > 1;
        notifications.leadAssigned(loaded.lead(), loaded.partner(), task.getId(), dueOf(task), recycled);
        journal.record(loaded.lead().getId(), LeadEventType.NOTIFIED, null, "Accept by " + dueOf(task));
    }

    private static java.time.Instant dueOf(DelegateTask task) {
        return task.getDueDate() == null ? null : task.getDueDate().toInstant();
    }
}
