package io.leadrelay.partner;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

/** A reseller organisation that receives leads. Its users are the members of the group {@code partner-<key>}. */
@Entity
@Table(name = "partner")
public class Partner {

    @Id
    @Column(name = "partner_key")
    private String key;

    private String name;

    private String tier;

    /** Most leads the partner may hold open at once. */
    private int capacity;

    private String timeZone;

    private boolean active;

    /** Camunda user id of the vendor's partner manager who receives this partner's escalations. */
    private String managerUserId;

    private Instant lastAssignedAt;

    @Version
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "partner_region", joinColumns = @JoinColumn(name = "partner_key"))
    @Column(name = "region")
    private Set<String> regions = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "partner_lead_type", joinColumns = @JoinColumn(name = "partner_key"))
    @Column(name = "lead_type")
    private Set<String> leadTypes = new HashSet<>();

    protected Partner() {
    }

    public Partner(String key, String name, PartnerTier tier, int capacity, String timeZone, String managerUserId,
                   Set<String> regions, Set<String> leadTypes) {
        this.key = key;
        this.name = name;
        this.tier = tier.id();
        this.capacity = capacity;
        this.timeZone = timeZone;
        this.managerUserId = managerUserId;
        this.active = true;
        this.regions = new HashSet<>(regions);
        this.leadTypes = new HashSet<>(leadTypes);
    }

    public static String groupId(String partnerKey) {
        return "partner-" + partnerKey;
    }

    public String groupId() {
        return groupId(key);
    }

    public boolean serves(String region, String leadType) {
        return regions.contains(region) && leadTypes.contains(leadType);
    }

    void markAssigned(Instant at) {
        this.lastAssignedAt = at;
    }

    public String getKey() {
        return key;
    }

    public String getName() {
        return name;
    }

    public PartnerTier getTier() {
        return PartnerTier.fromId(tier);
    }

    public int getCapacity() {
        return capacity;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public String getManagerUserId() {
        return managerUserId;
    }

    public Instant getLastAssignedAt() {
        return lastAssignedAt;
    }

    public Set<String> getRegions() {
        return Set.copyOf(regions);
    }

    public Set<String> getLeadTypes() {
        return Set.copyOf(leadTypes);
    }
}
