package io.leadrelay.support;

import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/** Drives a lifecycle in tests: runs async jobs, moves the engine clock to a timer and fires it, completes tasks as a user. */
@Component
public class LifecycleDriver {

    private final ManagementService management;
    private final TaskService tasks;
    private final IdentityService identity;

    LifecycleDriver(ManagementService management, TaskService tasks, IdentityService identity) {
        this.management = management;
        this.tasks = tasks;
        this.identity = identity;
    }

    /** Executes the process instance's due asynchronous continuations (not timers), as the job executor would. */
    public void runAsyncJobs(String processInstanceId) {
        List<Job> due;
        while (!(due = management.createJobQuery().processInstanceId(processInstanceId).messages().list()).isEmpty()) {
            due.forEach(job -> management.executeJob(job.getId()));
        }
    }

    /** Moves the engine clock just past the timer's due date and fires it. */
    public Job fireTimer(String processInstanceId, String boundaryEventId) {
        Job timer = management.createJobQuery().processInstanceId(processInstanceId).timers()
                .activityId(boundaryEventId).singleResult();
        if (timer == null) {
            throw new AssertionError("No timer job waits at " + boundaryEventId);
        }
        ClockUtil.setCurrentTime(new Date(timer.getDuedate().getTime() + 1_000));
        management.executeJob(timer.getId());
        runAsyncJobs(processInstanceId);
        return timer;
    }

    public Task task(ProcessInstance instance, String taskKey) {
        Task task = tasks.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(taskKey)
                .singleResult();
        if (task == null) {
            throw new AssertionError("No task " + taskKey + " is open");
        }
        return task;
    }

    /** Completes the task as the given user with its groups, so authorization applies as in Tasklist. */
    public void complete(ProcessInstance instance, String taskKey, String userId, List<String> groups,
                         Map<String, Object> formValues) {
        Task task = task(instance, taskKey);
        identity.setAuthentication(userId, groups);
        try {
            tasks.complete(task.getId(), formValues);
        } finally {
            identity.clearAuthentication();
        }
        runAsyncJobs(instance.getId());
    }
}
