package io.leadrelay.notification;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param from          sender address
 * @param replyTo       reply-to address (the partner team's mailbox)
 * @param messageIdDomain right-hand side of generated Message-IDs
 * @param lease         how long a sender may hold a mail before another may retry it
 * @param firstRetry    wait after the first failure; doubles after each further one
 * @param maxRetryDelay longest wait between two tries
 * @param sendOnCommit  send a new mail as soon as its transaction commits (else only at the next poll)
 */
@ConfigurationProperties("leadrelay.mail")
public record MailProperties(String from, String replyTo, String messageIdDomain, Duration lease,
                             Duration firstRetry, Duration maxRetryDelay, @DefaultValue("true") boolean sendOnCommit) {
}
