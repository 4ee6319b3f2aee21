package io.leadrelay.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.leadrelay.LeadRelayApplication;
import io.leadrelay.support.FreeSmtp;
import io.leadrelay.support.HubSpotRequests;
import io.leadrelay.support.TestPartners;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A node is killed with SIGKILL in the middle of a burst of 500 HubSpot deliveries and started again, while a
 * second node keeps running. HubSpot then redelivers what was not acknowledged. Every contact ends with
 * exactly one lead, assigned and notified, and each lead's assignment mail reaches SMTP with one Message-ID.
 */
@EnabledIfEnvironmentVariable(named = "SPRING_DATASOURCE_URL", matches = "jdbc:postgresql:.*")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CrashRecoveryTest {

    private static final int DELIVERIES = 500;
    private static final String[] NODE_SETTINGS = {
            "--camunda.bpm.job-execution.enabled=true",
            // a killed node's job locks must run out quickly for the survivor to take over
            "--camunda.bpm.job-execution.lock-time-in-millis=10000",
            "--leadrelay.mail.lease=PT10S",
            "--leadrelay.mail.poll-interval=PT0.3S",
            "--spring.mail.host=127.0.0.1"};

    private final ServerSetup smtpSetup = FreeSmtp.onFreePort();
    private final GreenMail smtp = new GreenMail(smtpSetup);
    private ConfigurableApplicationContext survivor;
    private Process victim;
    private final int victimPort = freePort();

    @BeforeAll
    void start() {
        smtp.start();
        List<String> args = new ArrayList<>(List.of(NODE_SETTINGS));
        args.add("--server.port=0");
        args.add("--spring.mail.port=" + smtpSetup.getPort());
        args.add("--camunda.bpm.generic-properties.properties.hostname=survivor");
        survivor = new SpringApplicationBuilder(LeadRelayApplication.class).profiles("test")
                .run(args.toArray(String[]::new));
    }

    @AfterAll
    void stop() {
        if (victim != null) {
            victim.destroyForcibly();
        }
        if (survivor != null) {
            survivor.close();
        }
        smtp.stop();
    }

    @Test
    void noAcknowledgedLeadIsLostAndNoneIsDoubledWhenANodeIsKilled() throws Exception {
        TestPartners.World world = survivor.getBean(TestPartners.class).world(10, "us-west", 10_000);
        victim = startVictim("victim-1");
        byte[] sample = HubSpotRequests.class.getResourceAsStream("/hubspot/workflow-contact-us-west-inbound.json")
                .readAllBytes();
        long base = 7_000_000_000L + (System.currentTimeMillis() % 1_000_000) * 1000;
        List<String> contacts = java.util.stream.LongStream.range(0, DELIVERIES)
                .mapToObj(i -> Long.toString(base + i)).toList();

        Map<String, String> acknowledged = new ConcurrentHashMap<>();
        AtomicInteger answered = new AtomicInteger();
        ExecutorService hubspot = Executors.newFixedThreadPool(8);
        for (String contact : contacts) {
            hubspot.submit(() -> deliver(victimPort, sample, contact, acknowledged, answered));
        }
        await().atMost(Duration.ofMinutes(2)).until(() -> answered.get() >= DELIVERIES / 2);
        victim.destroyForcibly().waitFor(); // SIGKILL: no shutdown hooks, no graceful anything
        hubspot.shutdown();
        hubspot.awaitTermination(1, TimeUnit.MINUTES);
        int acknowledgedBeforeKill = acknowledged.size();
        assertThat(acknowledgedBeforeKill).isBetween(DELIVERIES / 2, DELIVERIES - 1);

        // the killed node comes back; HubSpot redelivers everything it saw no 2xx for
        victim = startVictim("victim-2");
        for (String contact : contacts) {
            if (!acknowledged.containsKey(contact)) {
                deliver(victimPort, sample, contact, acknowledged, answered);
            }
        }
        assertThat(acknowledged).hasSize(DELIVERIES);

        JdbcTemplate db = survivor.getBean(JdbcTemplate.class);
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1)).until(() -> db.queryForObject(
                "select count(distinct e.lead_id) from lead_event e join lead l on l.id = e.lead_id "
                        + "where e.type = 'NOTIFIED' and l.hubspot_contact_id in (" + inList(contacts) + ")",
                Long.class) == DELIVERIES);

        Map<String, Long> leadsPerContact = db.queryForList("select hubspot_contact_id from lead "
                        + "where hubspot_contact_id in (" + inList(contacts) + ")", String.class).stream()
                .collect(Collectors.groupingBy(id -> id, Collectors.counting()));
        assertThat(leadsPerContact).hasSize(DELIVERIES).allSatisfy((c, n) -> assertThat(n).as(c).isEqualTo(1L));
        assertThat(db.queryForList("select l.id from lead l where l.hubspot_contact_id in (" + inList(contacts)
                + ") and l.status <> 'ASSIGNED'", String.class)).isEmpty();
        assertThat(acknowledged.values()).doesNotHaveDuplicates();

        List<String> assignmentMails = db.queryForList("select m.message_id from outbound_mail m join lead l "
                + "on l.id = m.lead_id where m.template = 'lead-assigned' and l.hubspot_contact_id in ("
                + inList(contacts) + ")", String.class);
        assertThat(assignmentMails).hasSize(DELIVERIES).doesNotHaveDuplicates();
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(1))
                .until(() -> receivedIds().keySet().containsAll(assignmentMails));
        Map<String, Long> received = receivedIds();
        long resent = assignmentMails.stream().filter(id -> received.get(id) > 1).count();
        // a node killed between handing a mail to SMTP and marking it sent resends it, with the same Message-ID
        assertThat(resent).as("mails resent identically after the kill").isLessThanOrEqualTo(8);
    }

    private void deliver(int port, byte[] sample, String contact, Map<String, String> acknowledged,
                         AtomicInteger answered) {
        byte[] body = new String(sample, StandardCharsets.UTF_8).replace("80012345051", contact)
                .getBytes(StandardCharsets.UTF_8);
        try {
            HttpResponse<String> response = HubSpotRequests.postSigned(port, "/api/hubspot/workflow", body);
            if (response.statusCode() == 202) {
                acknowledged.put(contact, new ObjectMapper().readTree(response.body()).get("leadId").asText());
            }
            answered.incrementAndGet();
        } catch (IOException | UncheckedIOException | IllegalStateException connectionLost) {
            // not acknowledged: HubSpot will deliver it again
        }
    }

    private Process startVictim(String name) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                // surefire runs tests from a manifest-only jar; the plain class path avoids seeing resources twice
                "-cp", System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")),
                LeadRelayApplication.class.getName(),
                "--spring.profiles.active=test",
                "--server.port=" + victimPort,
                "--spring.mail.port=" + smtpSetup.getPort(),
                "--camunda.bpm.generic-properties.properties.hostname=" + name,
                // outside surefire's class loader, classpath*: finds each model twice (class path entry and jar
                // manifest); classpath: takes the first copy, as a packaged application would
                "--camunda.bpm.deployment-resource-pattern=classpath:processes/*.bpmn,classpath:processes/*.dmn,"
                        + "classpath:forms/*.form"));
        command.addAll(List.of(NODE_SETTINGS));
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(new File("target/crash-" + name + ".log"))
                .start();
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(500))
                .ignoreExceptionsInstanceOf(UncheckedIOException.class).until(() -> {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " died at start-up, see target/crash-" + name + ".log");
            }
            return HubSpotRequests.get(victimPort, "/actuator/health", null).statusCode() == 200;
        });
        return process;
    }

    private Map<String, Long> receivedIds() {
        return Arrays.stream(smtp.getReceivedMessages()).map(message -> {
            try {
                return message.getHeader("Message-ID")[0];
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).collect(Collectors.groupingBy(id -> id, Collectors.counting()));
    }

    private static String inList(List<String> values) {
        return values.stream().map(v -> "'" + v + "'").collect(Collectors.joining(","));
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
