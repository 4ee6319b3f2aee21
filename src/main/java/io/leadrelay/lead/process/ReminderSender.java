package io.leadrelay.lead.process;

import io.leadrelay.lead.LeadEventType;
import io.leadrelay.lead.LeadJournal;
import java.time.Instant;
import org.camunda.bpm.engine.ProcessEngineServices;
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
        Task task = openTask(execution.getProcessEngineServices(), execution.getProcessInstanceId(), taskKey);
        Instant due = task == null || task.getDueDate() == null ? null : task.getDueDate().toInstant();
        LeadContext.Loaded loaded = context.load(execution);
        mail.send(loaded, task == null ? null : task.getId(), due);
        journal.record(loaded.lead().getId(), event, null, due == null ? null : "Due " + due);
    }

    /**
     * A native query, not {@code createTaskQuery()}: the task query's dynamic SQL (a hundred MyBatis conditions,
     * each evaluated by OGNL) was half the CPU of a reminder in the timer benchmark. It selects whole rows because
     * the result is mapped into a full task entity, which the engine keeps in its cache for the transaction.
     */
    private static Task openTask(ProcessEngineServices engine, String processInstanceId, String taskKey) {
        String table = engine.getManagementService().getTableName(Task.class);
        return engine.getTaskService().createNativeTaskQuery()
                .sql("select * from " + table + " where PROC_INST_ID_ = #{processInstanceId} and TASK_DEF_KEY_ = #{taskKey}")
                .parameter("processInstanceId", processInstanceId)
                .parameter("taskKey", taskKey)
                .singleResult();
    }
}
