package io.leadrelay.lead.process;

import io.leadrelay.lead.Lead;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The one place that starts a lead's lifecycle. */
@Component
public class LeadLifecycle {

    private final RuntimeService runtime;

    LeadLifecycle(RuntimeService runtime) {
        this.runtime = runtime;
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
}
