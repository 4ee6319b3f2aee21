package io.leadrelay.lead.process;

import io.leadrelay.lead.Lead;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The one place that starts and ends a lead's lifecycle. */
@Component
public class LeadLifecycle {

    private final RuntimeService runtime;
    private final HistoryService history;

    LeadLifecycle(RuntimeService runtime, HistoryService history) {
        this.runtime = runtime;
        this.history = history;
    }

    /**
     * Starts the lifecycle with business key = lead id. Joins the caller's transaction: the lead row and the
     * process instance are stored together or not at all. Assignment runs asynchronously after commit.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public String start(Lead lead) {
        return runtime.startProcessInstanceByKey(LeadLifecycleProcess.KEY, lead.getId(),
                Variables.createVariables()
                        .putValue(LeadLifecycleProcess.LEAD_ID, lead.getId())
                        .putValue(LeadLifecycleProcess.LEAD_TYPE, lead.getLeadType())
                        .putValue(LeadLifecycleProcess.ASSIGNMENT_COUNT, 0))
                .getProcessInstanceId();
    }

    /**
     * Ends the lead's running lifecycle from outside (the contact was deleted or merged in HubSpot): its tasks,
     * timers and jobs go, with the reason in history. Custom listeners are skipped, because they would write
     * timeline events and mails for a step nobody took. With {@code eraseHistory} the engine's history of the
     * lead goes too, since task variables there hold the prospect's personal data.
     *
     * @return whether a running lifecycle was found
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean withdraw(String leadId, String reason, boolean eraseHistory) {
        boolean running = false;
        for (ProcessInstance instance : runtime.createProcessInstanceQuery()
                .processDefinitionKey(LeadLifecycleProcess.KEY).processInstanceBusinessKey(leadId).list()) {
            runtime.deleteProcessInstance(instance.getId(), reason, true, true);
            running = true;
        }
        if (eraseHistory) {
            history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(leadId).list()
                    .forEach(finished -> history.deleteHistoricProcessInstanceIfExists(finished.getId()));
        }
        return running;
    }
}
