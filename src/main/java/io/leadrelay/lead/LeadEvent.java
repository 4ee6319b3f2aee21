package io.leadrelay.lead;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One row of a lead's timeline: who did what, when. */
@Entity
@Table(name = "lead_event")
public class LeadEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String leadId;

    @Enumerated(EnumType.STRING)
    private LeadEventType type;

    private Instant occurredAt;

    /** User id, or null for the system (timers, intake). */
    private String actor;

    private String partnerKey;

    private String detail;

    protected LeadEvent() {
    }

    LeadEvent(String leadId, LeadEventType type, Instant occurredAt, String actor, String partnerKey, String detail) {
        this.leadId = leadId;
        this.type = type;
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.partnerKey = partnerKey;
        this.detail = detail;
    }

    public Long getId() { return id; }
    public String getLeadId() { return leadId; }
    public LeadEventType getType() { return type; }
    public Instant getOccurredAt() { return occurredAt; }
    public String getActor() { return actor; }
    public String getPartnerKey() { return partnerKey; }
    public String getDetail() { return detail; }
}
