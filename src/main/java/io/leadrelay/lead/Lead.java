package io.leadrelay.lead;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** A prospect received from HubSpot, with its current status and partner. */
@Entity
@Table(name = "lead")
public class Lead {

    @Id
    private String id;

    private String hubspotContactId;

    /** Equals the contact id while the lifecycle runs; a unique index makes a second running lifecycle impossible. */
    private String openContactId;

    private String firstName;
    private String lastName;
    private String email;
    private String phone;
    private String company;
    private String jobTitle;
    private String website;
    private String industry;
    private String employees;
    private String country;
    private String state;
    private String city;
    private String region;
    private String leadType;
    private String productInterest;
    @Column(length = 4000)
    private String message;

    @Enumerated(EnumType.STRING)
    private LeadStatus status;

    private String partnerKey;

    private Instant receivedAt;
    private Instant updatedAt;

    // milestones for the dashboards (speed to lead, funnel): each the first time it happened, see recordMilestone
    private Instant firstAssignedAt;
    private Instant firstNotifiedAt;
    private Instant firstAcceptedAt;
    private Instant firstActedAt;
    private Instant dealRegisteredAt;
    private Instant opportunityCreatedAt;

    @Version
    private long version;

    protected Lead() {
    }

    public Lead(LeadDetails details, String region, Instant receivedAt) {
        this.id = UUID.randomUUID().toString();
        this.hubspotContactId = details.hubspotContactId();
        this.openContactId = details.hubspotContactId();
        this.firstName = details.firstName();
        this.lastName = details.lastName();
        this.email = details.email();
        this.phone = details.phone();
        this.company = details.company();
        this.jobTitle = details.jobTitle();
        this.website = details.website();
        this.industry = details.industry();
        this.employees = details.employees();
        this.country = details.country();
        this.state = details.state();
        this.city = details.city();
        this.leadType = details.leadType();
        this.productInterest = details.productInterest();
        this.message = details.message();
        this.region = region;
        this.status = LeadStatus.RECEIVED;
        this.receivedAt = receivedAt;
        this.updatedAt = receivedAt;
    }

    void moveTo(LeadStatus newStatus, Instant at) {
        this.status = newStatus;
        this.updatedAt = at;
        if (newStatus.isFinal()) {
            this.openContactId = null;
        }
    }

    void assignTo(String newPartnerKey, Instant at) {
        this.partnerKey = newPartnerKey;
        this.firstAssignedAt = earliest(firstAssignedAt, at);
        moveTo(LeadStatus.ASSIGNED, at);
    }

    /**
     * Forgets the prospect (the contact was deleted in HubSpot): every field that names or reaches a person goes;
     * what the dashboards count by (region, country, lead type, industry, size, partner, status) stays.
     */
    void erase(Instant at) {
        this.firstName = null;
        this.lastName = null;
        this.email = null;
        this.phone = null;
        this.company = null;
        this.jobTitle = null;
        this.website = null;
        this.state = null;
        this.city = null;
        this.message = null;
        moveTo(LeadStatus.CLOSED, at);
    }

    /** The contact this lead belongs to was merged into another; the lead now follows the surviving contact. */
    void followMergedContact(String survivingContactId, Instant at) {
        this.hubspotContactId = survivingContactId;
        if (this.openContactId != null) {
            this.openContactId = survivingContactId;
        }
        this.updatedAt = at;
    }

    /**
     * Keeps the first time the lead reached a step the dashboards measure, so that they read it from the lead
     * instead of searching a million timelines. The same definition, applied to rows written before, is in
     * {@link LeadMilestones}.
     */
    void recordMilestone(LeadEventType type, Instant at) {
        switch (type) {
            case NOTIFIED -> firstNotifiedAt = earliest(firstNotifiedAt, at);
            case ACCEPTED -> firstAcceptedAt = earliest(firstAcceptedAt, at);
            case DEAL_SUBMITTED -> dealRegisteredAt = earliest(dealRegisteredAt, at);
            case OPPORTUNITY_CREATED -> opportunityCreatedAt = earliest(opportunityCreatedAt, at);
            default -> { }
        }
        if (firstAcceptedAt != null && LeadMilestones.ACTIONS.contains(type)) {
            firstActedAt = earliest(firstActedAt, at);
        }
    }

    private static Instant earliest(Instant kept, Instant at) {
        return kept == null || at.isBefore(kept) ? at : kept;
    }

    public boolean isOpen() {
        return openContactId != null;
    }

    public String fullName() {
        return ((firstName == null ? "" : firstName) + " " + (lastName == null ? "" : lastName)).trim();
    }

    public String getId() { return id; }
    public String getHubspotContactId() { return hubspotContactId; }
    public String getFirstName() { return firstName; }
    public String getLastName() { return lastName; }
    public String getEmail() { return email; }
    public String getPhone() { return phone; }
    public String getCompany() { return company; }
    public String getJobTitle() { return jobTitle; }
    public String getWebsite() { return website; }
    public String getIndustry() { return industry; }
    public String getEmployees() { return employees; }
    public String getCountry() { return country; }
    public String getState() { return state; }
    public String getCity() { return city; }
    public String getRegion() { return region; }
    public String getLeadType() { return leadType; }
    public String getProductInterest() { return productInterest; }
    public String getMessage() { return message; }
    public LeadStatus getStatus() { return status; }
    public String getPartnerKey() { return partnerKey; }
    public Instant getReceivedAt() { return receivedAt; }
    public Instant getUpdatedAt() { return updatedAt; }
    public Instant getFirstAssignedAt() { return firstAssignedAt; }
    public Instant getFirstNotifiedAt() { return firstNotifiedAt; }
    public Instant getFirstAcceptedAt() { return firstAcceptedAt; }
    public Instant getFirstActedAt() { return firstActedAt; }
    public Instant getDealRegisteredAt() { return dealRegisteredAt; }
    public Instant getOpportunityCreatedAt() { return opportunityCreatedAt; }
}
