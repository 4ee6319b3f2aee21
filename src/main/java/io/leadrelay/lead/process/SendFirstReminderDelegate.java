package io.leadrelay.lead.process;

import io.leadrelay.lead.LeadEventType;
import io.leadrelay.notification.LeadNotifications;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The accept SLA is running out: remind the partner, with the time left. */
@Component
class SendFirstReminderDelegate implements JavaDelegate {

    private final ReminderSender reminders;
    private final LeadNotifications notifications;

    SendFirstReminderDelegate(ReminderSender reminders, LeadNotifications notifications) {
        this.reminders = reminders;
        this.notifications = notifications;
    }

    @Override
    public void execute(DelegateExecution execution) {
        reminders.remind(execution, LeadLifecycleProcess.TASK_ACCEPT_LEAD, LeadEventType.FIRST_REMINDER_SENT,
                (loaded, taskId, due) -> notifications.firstReminder(loaded.lead(), loaded.partner(), taskId, due));
    }
}
