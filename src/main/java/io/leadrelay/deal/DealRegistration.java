package io.leadrelay.deal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** One version of a partner's claim on a deal; a send-back and resubmission makes the next version. */
@Entity
@Table(name = "deal_registration")
public class DealRegistration {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String leadId;
    private String partnerKey;
    @Column(name = "version_no")
    private int versionNo;
    private String customer;
    private BigDecimal amount;
    private String currency;
    private String products;
    private LocalDate expectedCloseDate;
    private String competitors;
    private String description;
    private Instant submittedAt;
    private String submittedBy;
    private String decision;
    private String reviewComment;
    private Instant decidedAt;
    private String decidedBy;

    protected DealRegistration() {
    }

    DealRegistration(String leadId, String partnerKey, int versionNo, DealInput input, Instant at, String by) {
        this.leadId = leadId;
        this.partnerKey = partnerKey;
        this.versionNo = versionNo;
        this.customer = input.customer();
        this.amount = input.amount();
        this.currency = input.currency();
        this.products = input.products();
        this.expectedCloseDate = input.expectedCloseDate();
        this.competitors = input.competitors();
        this.description = input.description();
        this.submittedAt = at;
        this.submittedBy = by;
    }

    void decide(DealDecision how, String comment, Instant at, String by) {
        this.decision = how.name();
        this.reviewComment = comment;
        this.decidedAt = at;
        this.decidedBy = by;
    }

    public Long getId() { return id; }
    public String getLeadId() { return leadId; }
    public String getPartnerKey() { return partnerKey; }
    public int getVersionNo() { return versionNo; }
    public String getCustomer() { return customer; }
    public BigDecimal getAmount() { return amount; }
    public String getCurrency() { return currency; }
    public String getProducts() { return products; }
    public LocalDate getExpectedCloseDate() { return expectedCloseDate; }
    public String getCompetitors() { return competitors; }
    public String getDescription() { return description; }
    public Instant getSubmittedAt() { return submittedAt; }
    public String getSubmittedBy() { return submittedBy; }
    public String getDecision() { return decision; }
    public String getReviewComment() { return reviewComment; }
    public Instant getDecidedAt() { return decidedAt; }
    public String getDecidedBy() { return decidedBy; }
}
