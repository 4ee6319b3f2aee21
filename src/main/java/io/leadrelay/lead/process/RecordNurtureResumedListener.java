package io.leadrelay.lead.process;

import io.leadrelay.lead.LeadEventType;
import io.leadrelay.lead.LeadJournal;
import io.leadrelay.lead.LeadStatus;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** The partner takes a nurtured lead back into work before its check-in date. */
@Component
class RecordNurtureResumedListener implements TaskListener {

    private final LeadJournal journal;

    RecordNurtureResumedListener(LeadJournal journal) {
        this.journal = journal;
    }

    @Override
    public void notify(DelegateTask task) {
        journal.changeStatus(LeadContext.leadId(task), LeadStatus.ACCEPTED, LeadEventType.NURTURE_RESUMED,
                TaskVariables.actor(task), TaskVariables.text(task, "resumeComment"));
    }
}
