package io.leadrelay.lead.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The partner accepted the lead but did not qualify, nurture or reject it in time. */
@Component
class EscalateActSlaBreachDelegate implements JavaDelegate {

    private final SlaBreachEscalation escalation;

    EscalateActSlaBreachDelegate(SlaBreachEscalation escalation) {
        this.escalation = escalation;
    }

    @Override
    public void execute(DelegateExecution execution) {
        escalation.escalate(execution, false);
    }
}
