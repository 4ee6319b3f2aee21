package io.leadrelay.notification;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/**
 * Makes the outbox visible to monitoring: how many mails wait, and how many of them have failed at least
 * {@value #FAILING_AFTER} times (a row that keeps failing must never be silent).
 */
@Component
class OutboxMetrics {

    static final int FAILING_AFTER = 3;

    OutboxMetrics(OutboundMailRepository mails, MeterRegistry meters) {
        Gauge.builder("leadrelay.mail.backlog", mails, repo -> repo.countByStatusNot(OutboundMail.Status.SENT))
                .description("Mails not sent yet").register(meters);
        Gauge.builder("leadrelay.mail.failing", mails,
                        repo -> repo.countByStatusNotAndAttemptsGreaterThanEqual(OutboundMail.Status.SENT, FAILING_AFTER))
                .description("Mails not sent after " + FAILING_AFTER + " or more tries").register(meters);
    }
}
