package io.leadrelay.lead.process;

import static io.leadrelay.lead.process.LeadLifecycleProcess.*;

import io.leadrelay.partner.PartnerSelector;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Checks a triage decision before the task completes, so a typo in the partner key is answered in Tasklist
 * instead of failing later in the assignment job.
 */
@Component
class RecordTriageDecisionListener implements TaskListener {

    private final PartnerSelector partners;

    RecordTriageDecisionListener(PartnerSelector partners) {
        this.partners = partners;
    }

    @Override
    public void notify(DelegateTask task) {
        String decision = TaskVariables.required(task, TRIAGE_DECISION, "Please choose reassign or close.");
        if (TRIAGE_REASSIGN.equals(decision)) {
            String partnerKey = TaskVariables.required(task, TRIAGE_PARTNER_KEY, "Please name the partner.");
            partners.findActive(partnerKey)
                    .orElseThrow(() -> new FormInputException("No active partner with key '" + partnerKey + "'."));
            task.getExecution().setVariable("triagedBy", TaskVariables.actor(task));
        } else if (TRIAGE_CLOSE.equals(decision)) {
            TaskVariables.required(task, TRIAGE_COMMENT, "Please say why the lead is closed.");
        } else {
            throw new FormInputException("Unknown triage decision '" + decision + "'.");
        }
    }
}
