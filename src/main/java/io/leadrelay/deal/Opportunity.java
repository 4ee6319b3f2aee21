package io.leadrelay.deal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** Created when a deal registration is approved; shared by the partner and the vendor. */
@Entity
@Table(name = "opportunity")
public class Opportunity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String leadId;
    private Long dealRegistrationId;
    private String partnerKey;
    private String name;
    private BigDecimal amount;
    private String currency;
    private LocalDate expectedCloseDate;
    private Instant createdAt;

    protected Opportunity() {
    }

    Opportunity(DealRegistration deal, Instant at) {
        this.leadId = deal.getLeadId();
        this.dealRegistrationId = deal.getId();
        this.partnerKey = deal.getPartnerKey();
        this.name = deal.getCustomer() + " – " + deal.getProducts();
        this.amount = deal.getAmount();
        this.currency = deal.getCurrency();
        this.expectedCloseDate = deal.getExpectedCloseDate();
        this.createdAt = at;
    }

    public String formattedAmount() {
        return currency + " " + amount.toPlainString();
    }

    public Long getId() { return id; }
    public String getLeadId() { return leadId; }
    public Long getDealRegistrationId() { return dealRegistrationId; }
    public String getPartnerKey() { return partnerKey; }
    public String getName() { return name; }
    public BigDecimal getAmount() { return amount; }
    public String getCurrency() { return currency; }
    public LocalDate getExpectedCloseDate() { return expectedCloseDate; }
    public Instant getCreatedAt() { return createdAt; }
}
