package io.leadrelay.note;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A plain-text comment on a lead. Stored as typed; escaped wherever it is shown. */
@Entity
@Table(name = "lead_note")
public class LeadNote {

    /** Which side wrote it; the other side is alerted. */
    public enum Side { PARTNER, VENDOR }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String leadId;
    private String author;

    @Enumerated(EnumType.STRING)
    private Side authorSide;

    private String partnerKey;
    private String body;
    private Instant createdAt;

    protected LeadNote() {
    }

    LeadNote(String leadId, String author, Side authorSide, String partnerKey, String body, Instant createdAt) {
        this.leadId = leadId;
        this.author = author;
        this.authorSide = authorSide;
        this.partnerKey = partnerKey;
        this.body = body;
        this.createdAt = createdAt;
    }

    public Long getId() { return id; }
    public String getLeadId() { return leadId; }
    public String getAuthor() { return author; }
    public Side getAuthorSide() { return authorSide; }
    public String getPartnerKey() { return partnerKey; }
    public String getBody() { return body; }
    public Instant getCreatedAt() { return createdAt; }
}
