package io.leadrelay.lead.process;

import io.leadrelay.lead.LeadEventType;
import io.leadrelay.lead.LeadJournal;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Marks the lead as recycled away from its partner; the assignment that follows picks someone new. */
@Component
class RecycleLeadDelegate implements JavaDelegate {

    private final LeadJournal journal;

    RecycleLeadDelegate(LeadJournal journal) {
        this.journal = journal;
    }

    @Override
    public void execute(DelegateExecution execution) {
        journal.record(LeadContext.leadId(execution), LeadEventType.RECYCLED, null,
                "Away from " + execution.getVariable(LeadLifecycleProcess.PARTNER_KEY));
    }
}
