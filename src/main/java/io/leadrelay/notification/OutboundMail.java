package io.leadrelay.notification;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** A rendered mail in the outbox. Its content and Message-ID never change, so a resend is the same mail. */
@Entity
@Table(name = "outbound_mail")
public class OutboundMail {

    public enum Status { PENDING, SENDING, SENT }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String messageId;
    private String leadId;
    private String template;
    private String recipients;
    private String subject;
    private String textBody;
    private String htmlBody;

    @Enumerated(EnumType.STRING)
    private Status status;

    private int attempts;

    /** When the mail is due: for PENDING the next try, for SENDING the end of the sender's lease. */
    private Instant nextAttemptAt;

    private String lastError;
    private Instant createdAt;
    private Instant sentAt;

    protected OutboundMail() {
    }

    OutboundMail(String leadId, MailTemplate template, List<String> recipients, String subject, String textBody,
                 String htmlBody, String domain, Instant createdAt, Instant dueAt) {
        this.messageId = "<" + UUID.randomUUID() + "@" + domain + ">";
        this.leadId = leadId;
        this.template = template.id();
        this.recipients = String.join(",", recipients);
        this.subject = subject;
        this.textBody = textBody;
        this.htmlBody = htmlBody;
        this.status = Status.PENDING;
        this.nextAttemptAt = dueAt;
        this.createdAt = createdAt;
    }

    public Long getId() { return id; }
    public String getMessageId() { return messageId; }
    public String getLeadId() { return leadId; }
    public String getTemplate() { return template; }
    public List<String> getRecipients() { return Arrays.asList(recipients.split(",")); }
    public String getSubject() { return subject; }
    public String getTextBody() { return textBody; }
    public String getHtmlBody() { return htmlBody; }
    public Status getStatus() { return status; }
    public int getAttempts() { return attempts; }
    public Instant getNextAttemptAt() { return nextAttemptAt; }
    public String getLastError() { return lastError; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getSentAt() { return sentAt; }
}
