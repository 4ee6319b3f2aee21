package io.leadrelay.lead.process;

import static io.leadrelay.lead.process.LeadLifecycleProcess.*;

import io.leadrelay.lead.AssignmentOutcome;
import io.leadrelay.lead.LeadEventType;
import io.leadrelay.lead.LeadJournal;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Records the partner's answer to a new lead: accepted, or rejected with a reason. */
@Component
class RecordAcceptDecisionListener implements TaskListener {

    private final LeadJournal journal;

    RecordAcceptDecisionListener(LeadJournal journal) {
        this.journal = journal;
    }

    @Override
    public void notify(DelegateTask task) {
        String leadId = LeadContext.leadId(task);
        String actor = TaskVariables.actor(task);
        if (TaskVariables.flag(task, LEAD_ACCEPTED)) {
            journal.accept(leadId, actor);
            return;
        }
        Rejection rejection = Rejection.from(task);
        journal.endAssignment(leadId, AssignmentOutcome.REJECTED, LeadEventType.REJECTED, rejection.reason(),
                rejection.comment(), actor);
    }
}
