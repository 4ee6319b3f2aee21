package io.leadrelay.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import io.leadrelay.support.FreeSmtp;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A new mail goes to SMTP when its step commits, not at the next poll: with the poll set to an hour, the mail
 * still arrives within seconds, once, and is marked sent. A step that rolls back sends nothing this way either.
 */
@SpringBootTest(properties = {
        "spring.mail.host=127.0.0.1",
        "leadrelay.mail.poll-interval=PT1H",
        "leadrelay.mail.send-on-commit=true"})
@ActiveProfiles("test")
@DirtiesContext
class MailSentOnCommitTest {

    private static final ServerSetup SMTP = FreeSmtp.onFreePort();

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(SMTP);

    @DynamicPropertySource
    static void smtpPort(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.port", SMTP::getPort);
    }

    @Autowired Outbox outbox;
    @Autowired OutboundMailRepository mails;
    @Autowired TransactionTemplate transactions;

    @Test
    void committedMailIsSentWithoutWaitingForThePoll() throws Exception {
        OutboundMail mail = transactions.execute(tx -> outbox.put(null, List.of("partner@partners.example.com"),
                new MailContent(MailTemplate.NOTE_ADDED, List.of("Acme", "lena"), Map.of(), "sent on commit", null)));

        await().atMost(Duration.ofSeconds(10)).until(() ->
                mails.findById(mail.getId()).orElseThrow().getStatus() == OutboundMail.Status.SENT);
        assertThat(smtp.getReceivedMessages()).hasSize(1);
        assertThat(smtp.getReceivedMessages()[0].getSubject()).isEqualTo("New note on lead Acme from lena");
    }

    @Test
    void rolledBackMailIsNotSent() throws InterruptedException {
        try {
            transactions.executeWithoutResult(tx -> {
                outbox.put(null, List.of("partner@partners.example.com"),
                        new MailContent(MailTemplate.NOTE_ADDED, List.of("Rolled", "lena"), Map.of(), "no", null));
                throw new IllegalStateException("the step fails after writing its mail");
            });
        } catch (IllegalStateException expected) {
            // as intended
        }
        Thread.sleep(1_000);
        assertThat(smtp.getReceivedMessages()).noneMatch(message -> {
            try {
                return message.getSubject().contains("Rolled");
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
