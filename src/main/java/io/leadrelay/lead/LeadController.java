package io.leadrelay.lead;

import io.leadrelay.security.Viewer;
import java.util.ArrayList;
import java.util.List;
import jakarta.persistence.criteria.Predicate;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.core.Authentication;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Read API for leads. A partner user sees only its own partner's leads: the filter is forced to its partner,
 * and another partner's lead answers 404, exactly like a lead that does not exist.
 */
@RestController
@RequestMapping("/api/leads")
@Transactional(readOnly = true)
class LeadController {

    private static final int MAX_PAGE = 500;

    private final LeadRepository leads;
    private final LeadEventRepository events;

    LeadController(LeadRepository leads, LeadEventRepository events) {
        this.leads = leads;
        this.events = events;
    }

    @GetMapping
    List<LeadView> list(@RequestParam(required = false) String hubspotContactId,
                        @RequestParam(required = false) LeadStatus status,
                        @RequestParam(required = false) String partnerKey,
                        @RequestParam(defaultValue = "100") int limit,
                        Authentication authentication) {
        Viewer viewer = Viewer.of(authentication);
        String visiblePartner = partnerKey;
        if (!viewer.isVendorStaff()) {
            String own = viewer.partnerKey().orElse(null);
            if (own == null || (partnerKey != null && !partnerKey.equals(own))) {
                return List.of();
            }
            visiblePartner = own;
        }
        Specification<Lead> filter = matching(hubspotContactId, status, visiblePartner);
        PageRequest page = PageRequest.of(0, Math.max(1, Math.min(limit, MAX_PAGE)),
                Sort.by(Sort.Direction.DESC, "receivedAt"));
        return leads.findAll(filter, page).map(lead -> LeadView.of(lead, null)).getContent();
    }

    @GetMapping("/{id}")
    LeadView get(@PathVariable String id, Authentication authentication) {
        Lead lead = leads.findById(id)
                .filter(found -> Viewer.of(authentication).maySee(found.getPartnerKey()))
                .orElseThrow(() -> new LeadNotFoundException(id));
        return LeadView.of(lead, events.findByLeadIdOrderByOccurredAtAscIdAsc(id));
    }

    private static Specification<Lead> matching(String hubspotContactId, LeadStatus status, String partnerKey) {
        return (root, query, cb) -> {
            List<Predicate> conditions = new ArrayList<>();
            if (hubspotContactId != null) {
                conditions.add(cb.equal(root.get("hubspotContactId"), hubspotContactId));
            }
            if (status != null) {
                conditions.add(cb.equal(root.get("status"), status));
            }
            if (partnerKey != null) {
                conditions.add(cb.equal(root.get("partnerKey"), partnerKey));
            }
            return cb.and(conditions.toArray(Predicate[]::new));
        };
    }
}
