package io.leadrelay.portal.process;

import java.util.Optional;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * The lead's open user task, so the lead page can link into Tasklist. The only engine call of the portal; the
 * lead's visibility is checked before (business key = lead id).
 */
@Component
public class CurrentTasks {

    private final TaskService tasks;

    CurrentTasks(TaskService tasks) {
        this.tasks = tasks;
    }

    public record OpenTask(String id, String name, String tasklistPath) {
    }

    public Optional<OpenTask> of(String leadId) {
        return tasks.createTaskQuery().processInstanceBusinessKey(leadId).active()
                .orderByTaskCreateTime().desc().listPage(0, 1).stream().findFirst()
                .map(CurrentTasks::open);
    }

    private static OpenTask open(Task task) {
        return new OpenTask(task.getId(), task.getName(), "/camunda/app/tasklist/default/#/?task=" + task.getId());
    }
}
