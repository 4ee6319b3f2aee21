package io.leadrelay.intake;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface WebhookEventRepository extends JpaRepository<WebhookEvent, Long> {

    boolean existsByEventIdAndSubscriptionTypeAndObjectIdAndOccurredAtAndPropertyName(
            long eventId, String subscriptionType, String objectId, long occurredAt, String propertyName);

    /**
     * Events due now, oldest occurrence first, leaving out every event whose contact still has an earlier event
     * waiting, in work or failing: a contact's events are applied in the order they occurred, whatever order
     * they arrived in.
     */
    @Query("select e.id from WebhookEvent e where e.status in :open and e.nextAttemptAt <= :now "
            + "and not exists (select p.id from WebhookEvent p where p.objectId = e.objectId and p.status in :open "
            + "and (p.occurredAt < e.occurredAt or (p.occurredAt = e.occurredAt and p.id < e.id))) "
            + "order by e.occurredAt, e.id")
    List<Long> findDue(Instant now, Collection<WebhookEvent.Status> open, Pageable page);

    @Query("select count(e) > 0 from WebhookEvent e where e.objectId = :objectId and e.status in :open "
            + "and e.occurredAt < :occurredAt")
    boolean existsEarlierOpen(String objectId, long occurredAt, Collection<WebhookEvent.Status> open);

    /** Whether a later event of these types was already applied to the contact (so an earlier one is stale). */
    @Query("select count(e) > 0 from WebhookEvent e where e.objectId = :objectId and e.occurredAt > :occurredAt "
            + "and e.status = io.leadrelay.intake.WebhookEvent.Status.DONE and e.subscriptionType in :types")
    boolean existsLaterApplied(String objectId, long occurredAt, Collection<String> types);

    /** Whether a later change of the same property was already handled (so this one is stale). */
    @Query("select count(e) > 0 from WebhookEvent e where e.objectId = :objectId and e.occurredAt > :occurredAt "
            + "and e.propertyName = :propertyName and e.status in :handled")
    boolean existsLaterChange(String objectId, long occurredAt, String propertyName,
                              Collection<WebhookEvent.Status> handled);

    /** Takes a due event for one worker until the lease ends; 0 if another worker was quicker. */
    @Modifying
    @Query("update WebhookEvent e set e.status = io.leadrelay.intake.WebhookEvent.Status.PROCESSING, "
            + "e.nextAttemptAt = :leaseUntil, e.tries = e.tries + 1 "
            + "where e.id = :id and e.status in :open and e.nextAttemptAt <= :now")
    int claim(Long id, Instant now, Instant leaseUntil, Collection<WebhookEvent.Status> open);

    @Modifying
    @Query("update WebhookEvent e set e.status = :status, e.outcome = :outcome, e.leadId = :leadId, "
            + "e.processedAt = :at, e.lastError = null where e.id = :id")
    int finish(Long id, WebhookEvent.Status status, String outcome, String leadId, Instant at);

    @Modifying
    @Query("update WebhookEvent e set e.status = io.leadrelay.intake.WebhookEvent.Status.PENDING, "
            + "e.nextAttemptAt = :retryAt, e.lastError = :error where e.id = :id")
    int markFailed(Long id, Instant retryAt, String error);

    /** An admin's "retry now" for a failing event. */
    @Modifying
    @Query("update WebhookEvent e set e.nextAttemptAt = :now where e.id = :id "
            + "and e.status = io.leadrelay.intake.WebhookEvent.Status.PENDING")
    int retryNow(Long id, Instant now);

    List<WebhookEvent> findTop200ByOrderByIdDesc();

    @Query("select distinct e.deliveryId from WebhookEvent e where e.objectId = :objectId and e.propertyValue is not null")
    List<Long> findDeliveriesWithValues(String objectId);

    @Modifying
    @Query("update WebhookEvent e set e.propertyValue = null where e.objectId = :objectId")
    int eraseValues(String objectId);

    List<WebhookEvent> findByDeliveryIdOrderById(Long deliveryId);

    long countByStatusIn(Collection<WebhookEvent.Status> statuses);

    long countByStatusInAndLastErrorIsNotNull(Collection<WebhookEvent.Status> statuses);
}
