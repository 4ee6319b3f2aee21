package io.leadrelay.partner;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
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
     * Locks the partners serving the region and lead type, then picks the next one. The caller's transaction
     * holds the locks until it commits, so open-lead counts read after this call are exact.
     *
     * @param excludedPartnerKeys partners that already had the lead
     * @param openLeadsByPartner  reads how many open leads the given partners hold, after the lock is taken
     */
    public Optional<Partner> choose(String region, String leadType, Set<String> excludedPartnerKeys,
                                    Function<List<String>, Map<String, Long>> openLeadsByPartner) {
        List<String> serving = partners.findActiveServingKeys(region, leadType);
        if (serving.isEmpty()) {
            return Optional.empty();
        }
        List<Partner> candidates = partners.lockAll(serving);
        Map<String, Long> openLeads = openLeadsByPartner.apply(serving);
        return candidates.stream()
                .filter(partner -> !excludedPartnerKeys.contains(partner.getKey()))
                .filter(partner -> openLeads.getOrDefault(partner.getKey(), 0L) < partner.getCapacity())
                .min(ROTATION_ORDER);
    }

    /** Locks one partner, for an assignment chosen by a person rather than by rotation. */
    public Partner lock(String partnerKey) {
        return partners.lockAll(List.of(partnerKey)).stream().findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown partner: " + partnerKey));
    }

    /** Moves a partner that the caller has locked to the back of the rotation. */
    public void markAssigned(Partner partner, Instant at) {
        partner.markAssigned(at);
    }

    public Optional<Partner> findActive(String partnerKey) {
        return partners.findById(partnerKey).filter(Partner::isActive);
    }

    public Optional<Partner> find(String partnerKey) {
        return partners.findById(partnerKey);
    }
}
