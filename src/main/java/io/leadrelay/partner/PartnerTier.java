package io.leadrelay.partner;

import java.util.Arrays;

/** Partner programme tiers, best first: the order breaks ties in the assignment rotation. */
public enum PartnerTier {
    PLATINUM("platinum"),
    GOLD("gold"),
    SILVER("silver"),
    REGISTERED("registered");

    private final String id;

    PartnerTier(String id) {
        this.id = id;
    }

    /** The value used in the SLA decision table and the database. */
    public String id() {
        return id;
    }

    public static PartnerTier fromId(String id) {
        return Arrays.stream(values())
                .filter(tier -> tier.id.equalsIgnoreCase(id))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown partner tier: " + id));
    }
}
