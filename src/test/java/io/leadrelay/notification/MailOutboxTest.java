package io.leadrelay.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import io.leadrelay.support.FreeSmtp;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import io.leadrelay.lead.Lead;
import io.leadrelay.lead.process.LeadLifecycleProcess;
import io.leadrelay.support.LifecycleDriver;
import io.leadrelay.support.TestPartners;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outbox against a real SMTP server (GreenMail): mails survive an SMTP outage and arrive exactly once,
 * a sender that dies between send and mark causes only an identical resend, a rolled-back step sends nothing.
 * The dispatcher is driven by hand here (its schedule is set to an hour, sending on commit is off) so each step
 * is observable.
 */
@SpringBootTest(properties = {
        "spring.mail.host=127.0.0.1",
        "leadrelay.mail.poll-interval=PT1H",
        "leadrelay.mail.send-on-commit=false",
        "leadrelay.mail.first-retry=PT0.2S",
        "leadrelay.mail.max-retry-delay=PT0.5S",
        "leadrelay.mail.lease=PT1S"})
@ActiveProfiles("test")
@DirtiesContext
class MailOutboxTest {

    private static final ServerSetup SMTP = FreeSmtp.onFreePort();

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(SMTP);

    @DynamicPropertySource
    static void smtpPort(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.port", SMTP::getPort);
    }

    @Autowired MailDispatcher dispatcher;
    @Autowired OutboundMailRepository mails;
    @Autowired Outbox outbox;
    @Autowired TestPartners fixtures;
    @Autowired LifecycleDriver driver;
    @Autowired RuntimeService runtime;
    @Autowired TransactionTemplate transactions;

    @BeforeEach
    void sendWhatEarlierTestsLeft() {
        dispatcher.dispatchDue();
        smtp.reset();
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void mailsWaitOutAnSmtpOutageAndArriveExactlyOnce() {
        TestPartners.World world = fixtures.world(3);
        smtp.stop();
        List<Lead> leads = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Lead lead = fixtures.newLead(world, "demo-request");
            String instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(lead.getId())
                    .singleResult().getId();
            driver.runAsyncJobs(instance);
            driver.fireTimer(instance, LeadLifecycleProcess.BOUNDARY_FIRST_REMINDER_DUE);
            leads.add(lead);
        }
        List<OutboundMail> written = leads.stream()
                .flatMap(lead -> mails.findByLeadIdOrderByCreatedAtAscIdAsc(lead.getId()).stream()).toList();
        assertThat(written).hasSize(6); // an assignment and a first reminder per lead

        dispatcher.dispatchDue();
        assertThat(leads.stream().flatMap(lead -> mails.findByLeadIdOrderByCreatedAtAscIdAsc(lead.getId()).stream()))
                .allSatisfy(mail -> {
                    assertThat(mail.getStatus()).isEqualTo(OutboundMail.Status.PENDING);
                    assertThat(mail.getAttempts()).isEqualTo(1);
                    assertThat(mail.getLastError()).isNotBlank();
                });

        smtp.start();
        await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(200)).until(() -> {
            dispatcher.dispatchDue();
            return mails.findAllById(written.stream().map(OutboundMail::getId).toList()).stream()
                    .allMatch(mail -> mail.getStatus() == OutboundMail.Status.SENT);
        });
        dispatcher.dispatchDue();

        List<String> expected = written.stream().map(OutboundMail::getMessageId).toList();
        Map<String, Long> copiesByMessageId = Arrays.stream(smtp.getReceivedMessages())
                .map(MailOutboxTest::messageId).filter(expected::contains)
                .collect(Collectors.groupingBy(id -> id, Collectors.counting()));
        assertThat(copiesByMessageId.keySet()).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(copiesByMessageId).allSatisfy((id, copies) -> assertThat(copies).as(id).isEqualTo(1L));
        assertThat(leads.stream().flatMap(lead -> mails.findByLeadIdOrderByCreatedAtAscIdAsc(lead.getId()).stream()))
                .allSatisfy(mail -> assertThat(mail.getStatus()).isEqualTo(OutboundMail.Status.SENT));
    }

    @Test
    void senderDyingBetweenSendAndMarkCausesOnlyAnIdenticalResend() throws Exception {
        OutboundMail mail = writeOneMail();
        // a node claims the mail, hands it to SMTP and dies before marking it sent
        OutboundMail claimed = dispatcher.claim(mail.getId());
        dispatcher.send(claimed);
        assertThat(dispatcher.claim(mail.getId())).as("the lease keeps others away").isNull();

        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(200)).until(() -> {
            dispatcher.dispatchDue();
            return mails.findById(mail.getId()).orElseThrow().getStatus() == OutboundMail.Status.SENT;
        });
        dispatcher.dispatchDue();

        MimeMessage[] received = Arrays.stream(smtp.getReceivedMessages())
                .filter(message -> messageId(message).equals(mail.getMessageId())).toArray(MimeMessage[]::new);
        assertThat(received).hasSize(2);
        assertThat(messageId(received[0])).isEqualTo(messageId(received[1])).isEqualTo(mail.getMessageId());
        assertThat(received[0].getSubject()).isEqualTo(received[1].getSubject());
        assertThat(content(received[0])).isEqualTo(content(received[1]));
    }

    @Test
    void stepThatRollsBackSendsNoMail() {
        long before = mails.count();
        try {
            transactions.executeWithoutResult(tx -> {
                outbox.put(null, List.of("someone@partners.example.com"), content("rolled back"));
                throw new IllegalStateException("the causing step fails after writing its mail");
            });
        } catch (IllegalStateException expected) {
            // the step failed, as intended
        }
        dispatcher.dispatchDue();

        assertThat(mails.count()).isEqualTo(before);
        assertThat(Arrays.stream(smtp.getReceivedMessages()).map(GreenMailUtil::getBody))
                .noneMatch(body -> body.contains("rolled back"));
    }

    @Test
    void htmlAndTextCarryTheSameEscapedContent() throws Exception {
        transactions.executeWithoutResult(tx -> outbox.put(null, List.of("partner@partners.example.com"),
                new MailContent(MailTemplate.NOTE_ADDED, List.of("Acme <Corp>", "lena"), Map.of(),
                        "<script>alert('x')</script> & more", "https://leads.example.com/x")));
        dispatcher.dispatchDue();

        MimeMessage received = Arrays.stream(smtp.getReceivedMessages())
                .filter(message -> GreenMailUtil.getBody(message).contains("alert(")).findFirst().orElseThrow();
        String raw = GreenMailUtil.getWholeMessage(received);
        String text = raw.substring(raw.indexOf("text/plain"), raw.indexOf("text/html"));
        String html = raw.substring(raw.indexOf("text/html"));
        assertThat(received.getSubject()).isEqualTo("New note on lead Acme <Corp> from lena");
        assertThat(html).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; more")
                .doesNotContain("<script>");
        assertThat(text).contains("> <script>alert('x')</script> & more"); // plain text carries it verbatim
    }

    private OutboundMail writeOneMail() {
        return transactions.execute(tx ->
                outbox.put(null, List.of("partner@partners.example.com"), content("crash test")));
    }

    private static MailContent content(String note) {
        return new MailContent(MailTemplate.NOTE_ADDED, List.of("Acme", "lena"), Map.of(), note, null);
    }

    /** The message's content with MIME boundaries (random transport framing) blanked out. */
    private static String content(MimeMessage message) {
        return GreenMailUtil.getBody(message).replaceAll("----=_Part_[0-9_.]+", "BOUNDARY");
    }

    private static String messageId(MimeMessage message) {
        try {
            return message.getHeader("Message-ID")[0];
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

}
