package io.leadrelay.lead.process;

import io.leadrelay.lead.LeadEventType;
import io.leadrelay.notification.LeadNotifications;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The act SLA is running out: remind the partner to qualify, nurture or reject. */
@Component
class SendSecondReminderDelegate implements JavaDelegate {

    private final ReminderSender reminders;
    private final LeadNotifications notifications;

    SendSecondReminderDelegate(ReminderSender reminders, LeadNotifications notifications) {
        this.reminders = reminders;
        this.notifications = notifications;
    }

    @Override
    public void execute(DelegateExecution execution) {
        reminders.remind(execution, LeadLifecycleProcess.TASK_WORK_LEAD, LeadEventType.SECOND_REMINDER_SENT,
                (loaded, taskId, due) -> notifications.secondReminder(loaded.lead(), loaded.partner(), taskId, due));
    }
}
