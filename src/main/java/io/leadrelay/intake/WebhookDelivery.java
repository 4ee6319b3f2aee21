package io.leadrelay.intake;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A raw inbound HubSpot request, kept whatever its verdict, so nothing is lost and every rejection can be seen. */
@Entity
@Table(name = "webhook_delivery")
public class WebhookDelivery {

    public enum Verdict { RECEIVED, ACCEPTED, DUPLICATE, REJECTED, UNAUTHORIZED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String endpoint;
    private Instant receivedAt;
    private String headers;
    private String body;
    private String verdict;
    private String reason;
    private String leadId;
    /** The bytes as received: the signature covers them, and a replay checks it again. */
    private byte[] rawBody;
    private String bodySha256;

    protected WebhookDelivery() {
    }

    WebhookDelivery(String endpoint, Instant receivedAt, String headers, String body, byte[] rawBody,
                    String bodySha256) {
        this.endpoint = endpoint;
        this.receivedAt = receivedAt;
        this.headers = headers;
        this.body = body;
        this.rawBody = rawBody;
        this.bodySha256 = bodySha256;
        this.verdict = Verdict.RECEIVED.name();
    }

    /** Whether an admin may replay it: refused or never judged (a crash between storing and judging). */
    public boolean isReplayable() {
        return rawBody != null && !Verdict.ACCEPTED.name().equals(verdict) && !Verdict.DUPLICATE.name().equals(verdict);
    }

    void judge(Verdict newVerdict, String why, String createdLeadId) {
        this.verdict = newVerdict.name();
        this.reason = why;
        this.leadId = createdLeadId;
    }

    public Long getId() { return id; }
    public String getEndpoint() { return endpoint; }
    public Instant getReceivedAt() { return receivedAt; }
    public String getHeaders() { return headers; }
    public String getBody() { return body; }
    public String getVerdict() { return verdict; }
    public String getReason() { return reason; }
    public String getLeadId() { return leadId; }
    byte[] getRawBody() { return rawBody; }
    String getBodySha256() { return bodySha256; }
}
