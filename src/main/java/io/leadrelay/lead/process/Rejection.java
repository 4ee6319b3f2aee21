package io.leadrelay.lead.process;

import static io.leadrelay.lead.process.LeadLifecycleProcess.REJECT_COMMENT;
import static io.leadrelay.lead.process.LeadLifecycleProcess.REJECT_REASON;

import org.camunda.bpm.engine.delegate.VariableScope;

/** A rejection as submitted by a form: a reason from the fixed list, and free text required for "other". */
record Rejection(String reason, String comment) {

    static Rejection from(VariableScope scope) {
        String reason = TaskVariables.required(scope, REJECT_REASON, "Please choose a reason for the rejection.");
        String comment = TaskVariables.text(scope, REJECT_COMMENT);
        if ("other".equals(reason) && comment == null) {
            throw new FormInputException("Please explain the rejection: the reason 'Other' needs a comment.");
        }
        return new Rejection(reason, comment);
    }
}
