package io.leadrelay.notification;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.PreDestroy;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.data.domain.PageRequest;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends what the outbox holds, after the causing transaction committed. Runs only when an SMTP server is
 * configured ({@code spring.mail.host}); otherwise mails wait in the outbox, readable on the Mails page.
 *
 * <p>Delivery is at-least-once with a stable Message-ID: a sender first claims a mail with a lease (so several
 * nodes never send the same mail at the same time), then sends, then marks it sent. If it dies between send and
 * mark, the lease runs out and the mail is sent again, byte for byte the same with the same Message-ID, which
 * mail clients and servers use to drop the duplicate. Exactly-once is impossible across SMTP and a database.
 *
 * <p>A new mail is sent as soon as its transaction commits, on a thread of its own, so that a partner hears of a
 * lead within the second rather than at the next poll. The poll stays: it retries failures and sends what the
 * immediate path missed (a full queue, a node that stopped before sending). The claim keeps the two apart.
 */
@Component
@ConditionalOnProperty("spring.mail.host")
class MailDispatcher {

    private static final Logger log = LoggerFactory.getLogger(MailDispatcher.class);
    private static final int BATCH = 50;

    private final OutboundMailRepository mails;
    private final JavaMailSender sender;
    private final MailProperties properties;
    private final TransactionTemplate transactions;

    private final Counter sent;
    private final Counter failures;
    private final ThreadPoolExecutor immediate = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS,
            new LinkedBlockingQueue<>(10_000), runnable -> {
                Thread thread = new Thread(runnable, "mail-immediate");
                thread.setDaemon(true);
                return thread;
            }, new ThreadPoolExecutor.DiscardPolicy());

    MailDispatcher(OutboundMailRepository mails, JavaMailSender sender, MailProperties properties,
                   TransactionTemplate transactions, MeterRegistry meters) {
        this.sent = Counter.builder("leadrelay.mail.sent").description("Mails handed to SMTP").register(meters);
        this.failures = Counter.builder("leadrelay.mail.send.failures").description("Failed SMTP tries")
                .register(meters);
        this.mails = mails;
        this.sender = sender;
        this.properties = properties;
        this.transactions = transactions;
    }

    @TransactionalEventListener
    void sendSoon(MailQueued queued) {
        if (!properties.sendOnCommit()) {
            return;
        }
        immediate.execute(() -> dispatch(queued.mailId()));
    }

    /**
     * On shutdown, mails still queued for immediate sending are left to the outbox (they are not claimed yet, so
     * the next poll of any node sends them); the one being sent is finished before the database goes away.
     */
    @PreDestroy
    void stopSendingSoon() {
        immediate.shutdown(); // first, so nothing is queued after the clear below
        immediate.getQueue().clear();
        try {
            if (!immediate.awaitTermination(10, TimeUnit.SECONDS)) {
                log.warn("A mail was still being sent at shutdown; its lease lets another sender retry it");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            log.warn("Interrupted while waiting for the mail being sent; its lease lets another sender retry it");
        }
    }

    @Scheduled(fixedDelayString = "${leadrelay.mail.poll-interval:PT1S}")
    void dispatchDue() {
        Instant now = Instant.now();
        List<Long> due = mails.findDue(now, PageRequest.of(0, BATCH));
        for (Long id : due) {
            dispatch(id);
        }
    }

    void dispatch(Long id) {
        OutboundMail mail = claim(id);
        if (mail == null) {
            return;
        }
        try {
            send(mail);
            transactions.executeWithoutResult(tx -> mails.markSent(id, Instant.now()));
            sent.increment();
        } catch (MailException | MessagingException e) {
            Instant retryAt = Instant.now().plus(retryDelay(mail.getAttempts()));
            log.warn("Mail {} ({}) not sent, try {} failed, next at {}: {}", id, mail.getTemplate(),
                    mail.getAttempts(), retryAt, e.getMessage());
            transactions.executeWithoutResult(tx -> mails.markFailed(id, retryAt, abbreviate(e.getMessage())));
            failures.increment();
        }
    }

    /** Takes the mail for this sender until the lease ends; null if another sender has it or it was sent. */
    OutboundMail claim(Long id) {
        Instant now = Instant.now();
        Integer claimed = transactions.execute(tx -> mails.claim(id, now, now.plus(properties.lease())));
        return claimed == null || claimed == 0 ? null : mails.findById(id).orElseThrow();
    }

    void send(OutboundMail mail) throws MessagingException {
        sender.send(toMime(mail));
    }

    /** Exponential backoff: first retry after {@code firstRetry}, doubling, capped at {@code maxRetryDelay}. */
    Duration retryDelay(int attempts) {
        Duration delay = properties.firstRetry();
        for (int i = 1; i < attempts && delay.compareTo(properties.maxRetryDelay()) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(properties.maxRetryDelay()) > 0 ? properties.maxRetryDelay() : delay;
    }

    private MimeMessage toMime(OutboundMail mail) throws MessagingException {
        MimeMessage message = new StableIdMimeMessage(sender.createMimeMessage().getSession(), mail.getMessageId());
        MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
        helper.setFrom(properties.from());
        if (properties.replyTo() != null && !properties.replyTo().isBlank()) {
            helper.setReplyTo(properties.replyTo());
        }
        helper.setTo(mail.getRecipients().toArray(String[]::new));
        helper.setSubject(mail.getSubject());
        helper.setText(mail.getTextBody(), mail.getHtmlBody());
        helper.setSentDate(java.util.Date.from(mail.getCreatedAt()));
        return message;
    }

    private static String abbreviate(String text) {
        if (text == null) {
            return "unknown error";
        }
        return text.length() > 1900 ? text.substring(0, 1900) : text;
    }

    /** Keeps the outbox's Message-ID: Jakarta Mail would otherwise invent a new one on every send. */
    private static final class StableIdMimeMessage extends MimeMessage {
        private final String messageId;

        StableIdMimeMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
