package io.leadrelay.lead;

import io.leadrelay.partner.Partner;
import io.leadrelay.partner.PartnerSelector;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gives a lead to its next partner. First assignment, recycling after a rejection or a lapse, and a triage
 * decision all come through here, so the "never the same partner twice" rule holds everywhere.
 */
@Service
@Transactional
public class LeadAssignmentService {

    private final LeadJournal journal;
    private final AssignmentRepository assignments;
    private final LeadRepository leads;
    private final PartnerSelector selector;
    private final AssignmentProperties properties;
    private final Clock clock;

    LeadAssignmentService(LeadJournal journal, AssignmentRepository assignments, LeadRepository leads,
                          PartnerSelector selector, AssignmentProperties properties, Clock clock) {
        this.journal = journal;
        this.assignments = assignments;
        this.leads = leads;
        this.selector = selector;
        this.properties = properties;
        this.clock = clock;
    }

    public AssignmentResult assignNext(String leadId) {
        Lead lead = journal.get(leadId);
        List<Assignment> earlier = assignments.findByLeadIdOrderByAttempt(leadId);
        if (earlier.size() >= properties.maxAttempts()) {
            return AssignmentResult.toTriage(earlier.size(),
                    "Recycle limit reached: " + earlier.size() + " partners have had this lead");
        }
        Set<String> hadIt = earlier.stream().map(Assignment::getPartnerKey).collect(Collectors.toSet());
        Optional<Partner> next = selector.choose(lead.getRegion(), lead.getLeadType(), hadIt, this::openLeadsByPartner);
        if (next.isEmpty()) {
            return AssignmentResult.toTriage(earlier.size(), "No eligible partner for region " + lead.getRegion()
                    + " and lead type " + lead.getLeadType() + " (active, with capacity, not tried before)");
        }
        return assign(lead, next.get(), earlier.size() + 1, LeadEventType.ASSIGNED, null);
    }

    /**
     * A partner manager's explicit choice in triage. It overrides region, type and capacity (the manager
     * decides), but the partner must exist and be active.
     */
    public AssignmentResult assignChosen(String leadId, String partnerKey, String actor) {
        Lead lead = journal.get(leadId);
        selector.findActive(partnerKey).orElseThrow(() -> new UnknownPartnerException(partnerKey));
        int attempt = assignments.findByLeadIdOrderByAttempt(leadId).size() + 1;
        return assign(lead, selector.lock(partnerKey), attempt, LeadEventType.TRIAGE_REASSIGNED, actor);
    }

    private AssignmentResult assign(Lead lead, Partner partner, int attempt, LeadEventType type, String actor) {
        selector.markAssigned(partner, clock.instant());
        journal.startAssignment(lead, partner.getKey(), attempt, type, actor,
                partner.getName() + " (try " + attempt + ")");
        return AssignmentResult.assigned(partner, attempt);
    }

    private Map<String, Long> openLeadsByPartner(List<String> partnerKeys) {
        return leads.countOpenByPartner(partnerKeys, LeadStatus.HELD_BY_PARTNER).stream()
                .collect(Collectors.toMap(LeadRepository.OpenLeadCount::getPartnerKey,
                        LeadRepository.OpenLeadCount::getOpenLeads));
    }
}
