package io.leadrelay.lead.process;

import io.leadrelay.lead.Lead;
import io.leadrelay.lead.LeadJournal;
import io.leadrelay.partner.PartnerSelector;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Prepares every new user task's form. It copies the lead's details onto the task as task-local variables, so
 * the form shows the whole lead read-only; they live and die with the task, while the process keeps only
 * references (design: data in our tables). It also removes the answers an earlier round gave to the same
 * form: submitted fields become process variables, and a recycled lead's next partner must not find "Reject"
 * preselected, nor the deal desk its own comment from the previous review.
 */
@Component
class ShowLeadOnTaskListener implements TaskListener {

    private static final Map<String, List<String>> EARLIER_ANSWERS = Map.of(
            LeadLifecycleProcess.TASK_ACCEPT_LEAD, List.of("leadAccepted", "rejectReason", "rejectComment", "noteText"),
            LeadLifecycleProcess.TASK_WORK_LEAD, List.of("workOutcome", "nurtureUntil", "rejectReason", "rejectComment",
                    "noteText"),
            LeadLifecycleProcess.TASK_RESUME_NURTURE, List.of("resumeComment"),
            LeadLifecycleProcess.TASK_REVIEW_DEAL, List.of("dealDecision", "reviewComment", "rejectReason", "noteText"),
            LeadLifecycleProcess.TASK_TRIAGE_LEAD, List.of("triageDecision", "triagePartnerKey", "triageComment"));

    /** Tasks whose due date is the partner's SLA; the portal shows it as a countdown. */
    private static final Set<String> SLA_TASKS =
            Set.of(LeadLifecycleProcess.TASK_ACCEPT_LEAD, LeadLifecycleProcess.TASK_WORK_LEAD);

    private static final DateTimeFormatter RECEIVED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'");

    private final LeadJournal journal;
    private final PartnerSelector partners;
    private final MessageSource labels;

    ShowLeadOnTaskListener(LeadJournal journal, PartnerSelector partners, MessageSource labels) {
        this.journal = journal;
        this.partners = partners;
        this.labels = labels;
    }

    @Override
    public void notify(DelegateTask task) {
        Lead lead = journal.get((String) task.getVariable(LeadLifecycleProcess.LEAD_ID));
        Map<String, Object> shown = new HashMap<>();
        shown.put("leadFirstName", lead.getFirstName());
        shown.put("leadLastName", lead.getLastName());
        shown.put("leadEmail", lead.getEmail());
        shown.put("leadPhone", lead.getPhone());
        shown.put("leadCompany", lead.getCompany());
        shown.put("leadJobTitle", lead.getJobTitle());
        shown.put("leadWebsite", lead.getWebsite());
        shown.put("leadIndustry", lead.getIndustry());
        shown.put("leadEmployees", lead.getEmployees());
        shown.put("leadCountry", lead.getCountry());
        shown.put("leadState", lead.getState());
        shown.put("leadCity", lead.getCity());
        shown.put("leadRegion", labels.getMessage("region." + lead.getRegion(), null, lead.getRegion(), Locale.ENGLISH));
        shown.put("leadTypeLabel",
                labels.getMessage("leadType." + lead.getLeadType(), null, lead.getLeadType(), Locale.ENGLISH));
        shown.put("leadProductInterest", lead.getProductInterest());
        shown.put("leadMessage", lead.getMessage());
        shown.put("leadReceivedAt", RECEIVED.format(lead.getReceivedAt().atOffset(ZoneOffset.UTC)));
        if (lead.getPartnerKey() != null) {
            partners.find(lead.getPartnerKey()).ifPresent(partner -> shown.put("partnerName", partner.getName()));
        }
        shown.replaceAll((name, value) -> value == null ? "" : value);
        task.setVariablesLocal(shown);
        // in Tasklist's list every task would read "Accept lead"; the company tells them apart
        if (lead.getCompany() != null && task.getName() != null && !task.getName().contains(":")) {
            task.setName(task.getName() + ": " + lead.getCompany());
        }
        if (SLA_TASKS.contains(task.getTaskDefinitionKey()) && task.getDueDate() != null) {
            journal.slaClockStarted(lead.getId(), task.getDueDate().toInstant());
        }
        EARLIER_ANSWERS.getOrDefault(task.getTaskDefinitionKey(), List.of())
                .forEach(answer -> task.getExecution().removeVariable(answer));
        if (LeadLifecycleProcess.TASK_REGISTER_DEAL.equals(task.getTaskDefinitionKey())
                && task.getVariable("dealCustomer") == null) {
            // the registration form proposes the lead's company as the customer
            task.getExecution().setVariable("dealCustomer", lead.getCompany());
        }
    }
}
