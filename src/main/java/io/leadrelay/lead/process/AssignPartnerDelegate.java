package io.leadrelay.lead.process;

import static io.leadrelay.lead.process.LeadLifecycleProcess.*;

import io.leadrelay.lead.AssignmentResult;
import io.leadrelay.lead.LeadAssignmentService;
import io.leadrelay.partner.process.PartnerInstanceAccess;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Gives the lead to the next eligible partner, or to the partner a manager chose in triage. When nobody is
 * eligible or the recycle limit is reached, {@code partnerAssigned} is false and the lead goes to triage.
 */
@Component
class AssignPartnerDelegate implements JavaDelegate {

    private final LeadAssignmentService assignments;
    private final PartnerInstanceAccess access;

    AssignPartnerDelegate(LeadAssignmentService assignments, PartnerInstanceAccess access) {
        this.assignments = assignments;
        this.access = access;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String leadId = (String) execution.getVariable(LEAD_ID);
        String chosenPartner = (String) execution.getVariable(TRIAGE_PARTNER_KEY);
        AssignmentResult result = chosenPartner == null
                ? assignments.assignNext(leadId)
                : assignments.assignChosen(leadId, chosenPartner, (String) execution.getVariable("triagedBy"));
        execution.removeVariable(TRIAGE_PARTNER_KEY);
        execution.setVariable(ASSIGNMENT_COUNT, result.attempt());
        execution.setVariable(PARTNER_ASSIGNED, result.assignedPartner().isPresent());
        result.assignedPartner().ifPresentOrElse(partner -> {
            execution.setVariable(PARTNER_KEY, partner.getKey());
            execution.setVariable(PARTNER_TIER, partner.getTier().id());
            access.giveTo(partner.groupId(), execution.getProcessInstanceId());
            execution.removeVariable(TRIAGE_REASON);
        }, () -> execution.setVariable(TRIAGE_REASON, result.triageReason()));
    }
}
