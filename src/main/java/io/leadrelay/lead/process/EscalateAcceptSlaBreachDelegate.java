package io.leadrelay.lead.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The partner neither accepted nor rejected the lead in time. */
@Component
class EscalateAcceptSlaBreachDelegate implements JavaDelegate {

    private final SlaBreachEscalation escalation;

    EscalateAcceptSlaBreachDelegate(SlaBreachEscalation escalation) {
        this.escalation = escalation;
    }

    @Override
    public void execute(DelegateExecution execution) {
        escalation.escalate(execution, true);
    }
}
