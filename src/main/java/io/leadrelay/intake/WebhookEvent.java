package io.leadrelay.intake;

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

/**
 * One event of a HubSpot Webhooks API delivery. Stored before the delivery is acknowledged and applied later by
 * {@link WebhookEventWorker}, in {@code occurredAt} order per contact; its status and last error stay visible.
 */
@Entity
@Table(name = "webhook_event")
public class WebhookEvent {

    public enum Status {
        /** waiting to be applied (also after a failed try, then with {@code lastError} set) */
        PENDING,
        /** a worker holds it until {@code nextAttemptAt} (its lease) */
        PROCESSING,
        /** applied */
        DONE,
        /** nothing to do: a type we do not handle, a change that is no trigger, a contact gone from the CRM */
        IGNORED;

        boolean isFinal() {
            return this == DONE || this == IGNORED;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long deliveryId;
    private long eventId;
    private String subscriptionType;
    private String objectId;
    private long occurredAt;
    private Integer attemptNumber;
    private String propertyName;
    private String propertyValue;
    private String mergedObjectIds;

    @Enumerated(EnumType.STRING)
    private Status status;

    private int tries;
    private Instant nextAttemptAt;
    private String lastError;
    private String outcome;
    private Instant receivedAt;
    private Instant processedAt;
    private String leadId;

    protected WebhookEvent() {
    }

    WebhookEvent(Long deliveryId, HubSpotEvent event, Instant receivedAt, Instant firstAttemptAt) {
        this.deliveryId = deliveryId;
        this.eventId = event.eventId();
        this.subscriptionType = event.subscriptionType();
        this.objectId = event.objectId();
        this.occurredAt = event.occurredAt();
        this.attemptNumber = event.attemptNumber();
        this.propertyName = event.propertyName() == null ? "" : event.propertyName();
        this.propertyValue = abbreviate(event.propertyValue(), 4000);
        this.mergedObjectIds = event.mergedObjectIds().isEmpty() ? null : String.join(",", event.mergedObjectIds());
        this.receivedAt = receivedAt;
        this.nextAttemptAt = firstAttemptAt;
        this.status = Status.PENDING;
    }

    /** The dedupe key: HubSpot's eventId is not unique on its own. */
    String key() {
        return eventId + "|" + subscriptionType + "|" + objectId + "|" + occurredAt + "|" + propertyName;
    }

    /** A type we do not handle: kept for the record, acknowledged, never applied. */
    void ignoreOnArrival(String why) {
        this.status = Status.IGNORED;
        this.outcome = why;
        this.processedAt = receivedAt;
    }

    static String abbreviate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    List<String> mergedObjectIdList() {
        return mergedObjectIds == null ? List.of() : Arrays.asList(mergedObjectIds.split(","));
    }

    public Long getId() { return id; }
    public Long getDeliveryId() { return deliveryId; }
    public long getEventId() { return eventId; }
    public String getSubscriptionType() { return subscriptionType; }
    public String getObjectId() { return objectId; }
    public long getOccurredAt() { return occurredAt; }
    public Instant getOccurredAtInstant() { return Instant.ofEpochMilli(occurredAt); }
    public Integer getAttemptNumber() { return attemptNumber; }
    public String getPropertyName() { return propertyName; }
    public String getPropertyValue() { return propertyValue; }
    public Status getStatus() { return status; }
    public int getTries() { return tries; }
    public Instant getNextAttemptAt() { return nextAttemptAt; }
    public String getLastError() { return lastError; }
    public String getOutcome() { return outcome; }
    public Instant getReceivedAt() { return receivedAt; }
    public Instant getProcessedAt() { return processedAt; }
    public String getLeadId() { return leadId; }
}
