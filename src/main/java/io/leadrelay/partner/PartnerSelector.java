package io.leadrelay.partner;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Picks the partner that gets a lead next.
 *
 * <p>Eligible: active, serves the lead's region and lead type, below its capacity of open leads, and never had
 * this lead before. Among the eligible the rotation is fair: the partner that was assigned least recently goes
 * first (never assigned counts as longest ago). Tier weighs in twice, and only through data an analyst can see:
 * better tiers are given a larger capacity in the directory, and when two partners were last assigned at the
 * same moment the better tier wins. Tier never lets a partner jump the queue, so a silver partner is not starved.
 */
@Component
public class PartnerSelector {

    private static final Comparator<Partner> ROTATION_ORDER = Comparator
            .comparing(Partner::getLastAssignedAt, Comparator.nullsFirst(Comparator.<Instant>naturalOrder()))
            .thenComparing(Partner::getTier)
            .thenComparing(Partner::getKey);

    private final PartnerRepository partners;

    PartnerSelector(PartnerRepository partners) {
        this.partners = partners;
    }

    /**
     * @param excludedPartnerKeys partners that already had the lead
     * @param openLeadsByPartner  how many open leads each partner holds now
     */
    public Optional<Partner> choose(String region, String leadType, Set<String> excludedPartnerKeys,
                                    Map<String, Long> openLeadsByPartner) {
        List<Partner> candidates = partners.findActiveServing(region, leadType);
        return candidates.stream()
                .filter(partner -> !excludedPartnerKeys.contains(partner.getKey()))
                .filter(partner -> openLeadsByPartner.getOrDefault(partner.getKey(), 0L) < partner.getCapacity())
                .min(ROTATION_ORDER);
    }

    /** Moves the partner to the back of the rotation; the row lock serialises concurrent assignments. */
    public Partner reserve(String partnerKey, Instant at) {
        Partner partner = partners.findForUpdate(partnerKey)
                .orElseThrow(() -> new IllegalArgumentException("Unknown partner: " + partnerKey));
        partner.markAssigned(at);
        return partner;
    }

    public Optional<Partner> findActive(String partnerKey) {
        return partners.findById(partnerKey).filter(Partner::isActive);
    }

    public Optional<Partner> find(String partnerKey) {
        return partners.findById(partnerKey);
    }
}
