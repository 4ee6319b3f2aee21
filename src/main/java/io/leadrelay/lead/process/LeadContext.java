package io.leadrelay.lead.process;

import io.leadrelay.lead.Lead;
import io.leadrelay.lead.LeadJournal;
import io.leadrelay.partner.Partner;
import io.leadrelay.partner.PartnerSelector;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/** Loads the lead and its current partner that a delegate or listener works on. */
@Component
class LeadContext {

    record Loaded(Lead lead, Partner partner) {
    }

    private final LeadJournal journal;
    private final PartnerSelector partners;

    LeadContext(LeadJournal journal, PartnerSelector partners) {
        this.journal = journal;
        this.partners = partners;
    }

    Loaded load(VariableScope scope) {
        Lead lead = journal.get((String) scope.getVariable(LeadLifecycleProcess.LEAD_ID));
        Partner partner = lead.getPartnerKey() == null ? null : partners.find(lead.getPartnerKey()).orElse(null);
        return new Loaded(lead, partner);
    }

    static String leadId(VariableScope scope) {
        return (String) scope.getVariable(LeadLifecycleProcess.LEAD_ID);
    }
}
