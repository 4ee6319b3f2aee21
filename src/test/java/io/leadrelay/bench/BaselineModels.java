package io.leadrelay.bench;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;

/**
 * The bare engine's yardsticks, deployed into the node's own engine: what Camunda alone does on the same
 * database, history level and job executor, without our HTTP, inbox, assignment, journal and mail.
 */
final class BaselineModels {

    /** start → user task with an interrupting timer boundary event → end: the shape of "Accept lead". */
    static final String USER_TASK_WITH_TIMER = "benchUserTaskWithTimer";
    /** start → timer catch event → end. */
    static final String PLAIN_TIMER = "benchPlainTimer";
    static final String PLAIN_TIMER_EVENT = "Timer_Wait";

    private BaselineModels() {
    }

    static void deploy(ProcessEngine engine) {
        BpmnModelInstance userTask = Bpmn.createExecutableProcess(USER_TASK_WITH_TIMER)
                .camundaHistoryTimeToLive(1)
                .startEvent()
                .userTask("Task_Work").camundaCandidateGroups("bench")
                .endEvent()
                .moveToActivity("Task_Work")
                .boundaryEvent("Timer_Lapsed").timerWithDuration("P2D")
                .endEvent()
                .done();
        BpmnModelInstance plainTimer = Bpmn.createExecutableProcess(PLAIN_TIMER)
                .camundaHistoryTimeToLive(1)
                .startEvent()
                .intermediateCatchEvent(PLAIN_TIMER_EVENT).timerWithDuration("P1D")
                .endEvent()
                .done();
        engine.getRepositoryService().createDeployment().name("bench-baselines")
                .addModelInstance(USER_TASK_WITH_TIMER + ".bpmn", userTask)
                .addModelInstance(PLAIN_TIMER + ".bpmn", plainTimer)
                .deploy();
    }
}
