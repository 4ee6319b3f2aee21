package io.leadrelay.lead.process;

import static io.leadrelay.lead.process.LeadLifecycleProcess.*;

import io.leadrelay.lead.LeadJournal;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Ends the lead for good: a rejection whose reason means "do not recycle", or a triage decision to close. */
@Component
class CloseLeadDelegate implements JavaDelegate {

    private final LeadJournal journal;

    CloseLeadDelegate(LeadJournal journal) {
        this.journal = journal;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String reason = TRIAGE_CLOSE.equals(execution.getVariable(TRIAGE_DECISION))
                ? "Closed in triage: " + TaskVariables.text(execution, TRIAGE_COMMENT)
                : "Rejected: " + TaskVariables.text(execution, REJECT_REASON);
        journal.close(LeadContext.leadId(execution), reason, null);
    }
}
