package io.leadrelay.lead;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One try of one lead with one partner. */
@Entity
@Table(name = "assignment")
public class Assignment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String leadId;
    private String partnerKey;
    private int attempt;
    private Instant assignedAt;
    private Instant acceptedAt;
    private Instant endedAt;

    @Enumerated(EnumType.STRING)
    private AssignmentOutcome outcome;

    private String reason;
    private String comment;

    /** When the running SLA of this try lapses (accept, then act); shown as the countdown in the portal. */
    private Instant slaDueAt;

    // what became of the lead with this try's partner, for the dashboards (LeadJournal keeps them)
    private boolean dealRegistered;
    private boolean opportunityCreated;
    private boolean recycled;

    protected Assignment() {
    }

    Assignment(String leadId, String partnerKey, int attempt, Instant assignedAt) {
        this.leadId = leadId;
        this.partnerKey = partnerKey;
        this.attempt = attempt;
        this.assignedAt = assignedAt;
    }

    void accept(Instant at) {
        this.acceptedAt = at;
    }

    void slaDueAt(Instant due) {
        this.slaDueAt = due;
    }

    void end(AssignmentOutcome how, String why, String remark, Instant at) {
        this.outcome = how;
        this.reason = why;
        this.comment = remark;
        this.endedAt = at;
    }

    /** Notes a step of the lead with this try's partner that the dashboards count per try. */
    void recordOutcome(LeadEventType type) {
        switch (type) {
            case DEAL_SUBMITTED, DEAL_RESUBMITTED -> dealRegistered = true;
            case OPPORTUNITY_CREATED -> opportunityCreated = true;
            case RECYCLED -> recycled = true;
            default -> { }
        }
    }

    public boolean isOpen() {
        return endedAt == null;
    }

    public Long getId() { return id; }
    public String getLeadId() { return leadId; }
    public String getPartnerKey() { return partnerKey; }
    public int getAttempt() { return attempt; }
    public Instant getAssignedAt() { return assignedAt; }
    public Instant getAcceptedAt() { return acceptedAt; }
    public Instant getEndedAt() { return endedAt; }
    public AssignmentOutcome getOutcome() { return outcome; }
    public String getReason() { return reason; }
    public String getComment() { return comment; }
    public Instant getSlaDueAt() { return slaDueAt; }
    public boolean isDealRegistered() { return dealRegistered; }
    public boolean isOpportunityCreated() { return opportunityCreated; }
    public boolean isRecycled() { return recycled; }
}
