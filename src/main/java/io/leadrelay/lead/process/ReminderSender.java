package io.leadrelay.lead.process;

import io.leadrelay.lead.LeadEventType;
import io.leadrelay.lead.LeadJournal;
import java.time.Instant;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/** Shared by the two reminders: finds the task the reminder is about, so the mail can link to it. */
@Component
class ReminderSender {

    interface Mail {
        void send(LeadContext.Loaded loaded, String taskId, Instant due);
    }

    private final LeadContext context;
    private final LeadJournal journal;

    ReminderSender(LeadContext context, LeadJournal journal) {
        this.context = context;
        this.journal = journal;
    }

    void remind(DelegateExecution execution, String taskKey, LeadEventType event, Mail mail) {
        Task task = execution.getProcessEngineServices().getTaskService().createTaskQuery()
                .processInstanceId(execution.getProcessInstanceId())
                .taskDefinitionKey(taskKey)
                .singleResult();
        Instant due = task == null || task.getDueDate() == null ? null : task.getDueDate().toInstant();
        LeadContext.Loaded loaded = context.load(execution);
        mail.send(loaded, task == null ? null : task.getId(), due);
        journal.record(loaded.lead().getId(), event, null, due == null ? null : "Due " + due);
    }
}
