package io.leadrelay.lead.process;

import io.leadrelay.lead.AssignmentOutcome;
import io.leadrelay.lead.LeadEventType;
import io.leadrelay.lead.LeadJournal;
import io.leadrelay.notification.LeadNotifications;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** An SLA lapsed: record the lapse on the assignment, tell the partner manager and withdraw the lead. */
@Component
class SlaBreachEscalation {

    private final LeadContext context;
    private final LeadJournal journal;
    private final LeadNotifications notifications;

    SlaBreachEscalation(LeadContext context, LeadJournal journal, LeadNotifications notifications) {
        this.context = context;
        this.journal = journal;
        this.notifications = notifications;
    }

    void escalate(DelegateExecution execution, boolean acceptStage) {
        LeadContext.Loaded loaded = context.load(execution);
        String sla = acceptStage ? LeadLifecycleProcess.ACCEPT_SLA : LeadLifecycleProcess.ACT_SLA;
        journal.endAssignment(loaded.lead().getId(),
                acceptStage ? AssignmentOutcome.ACCEPT_SLA_LAPSED : AssignmentOutcome.ACT_SLA_LAPSED,
                acceptStage ? LeadEventType.ACCEPT_SLA_BREACHED : LeadEventType.ACT_SLA_BREACHED,
                "SLA " + execution.getVariable(sla) + " lapsed", null, null);
        notifications.slaBreached(loaded.lead(), loaded.partner(), acceptStage);
    }
}
