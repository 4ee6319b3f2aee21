package io.leadrelay.notification;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface OutboundMailRepository extends JpaRepository<OutboundMail, Long> {

    /** Mails due now: waiting ones, and ones whose sender's lease ran out (it crashed or hung). */
    @Query("select m.id from OutboundMail m where m.status <> io.leadrelay.notification.OutboundMail.Status.SENT "
            + "and m.nextAttemptAt <= :now order by m.nextAttemptAt")
    List<Long> findDue(Instant now, Pageable page);

    /** Takes a due mail for one sender; returns 0 if another sender was quicker. */
    @Modifying
    @Query("update OutboundMail m set m.status = io.leadrelay.notification.OutboundMail.Status.SENDING, "
            + "m.nextAttemptAt = :leaseUntil, m.attempts = m.attempts + 1 "
            + "where m.id = :id and m.status <> io.leadrelay.notification.OutboundMail.Status.SENT "
            + "and m.nextAttemptAt <= :now")
    int claim(Long id, Instant now, Instant leaseUntil);

    @Modifying
    @Query("update OutboundMail m set m.status = io.leadrelay.notification.OutboundMail.Status.SENT, "
            + "m.sentAt = :at, m.lastError = null where m.id = :id")
    int markSent(Long id, Instant at);

    @Modifying
    @Query("update OutboundMail m set m.status = io.leadrelay.notification.OutboundMail.Status.PENDING, "
            + "m.nextAttemptAt = :retryAt, m.lastError = :error where m.id = :id")
    int markFailed(Long id, Instant retryAt, String error);

    List<OutboundMail> findByLeadIdOrderByCreatedAtAscIdAsc(String leadId);

    List<OutboundMail> findTop200ByOrderByCreatedAtDescIdDesc();

    long countByStatusNot(OutboundMail.Status status);

    long countByStatusNotAndAttemptsGreaterThanEqual(OutboundMail.Status status, int attempts);
}
