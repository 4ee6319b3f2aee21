package io.leadrelay.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.leadrelay.LeadRelayApplication;
import io.leadrelay.support.FreeSmtp;
import io.leadrelay.support.HubSpotRequests;
import io.leadrelay.support.TestPartners;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two LeadRelay nodes on one PostgreSQL form one Camunda cluster: 500 leads' first reminders fall due at once
 * and each reminder, its timeline event and its mail happen exactly once, with both nodes doing part of the
 * work; webhooks and task completions work through either node. Runs when the suite runs on PostgreSQL.
 */
@EnabledIfEnvironmentVariable(named = "SPRING_DATASOURCE_URL", matches = "jdbc:postgresql:.*")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoNodeClusterTest {

    private static final int LEADS = 500;

    private final ServerSetup smtpSetup = FreeSmtp.onFreePort();
    private final GreenMail smtp = new GreenMail(smtpSetup);
    private ConfigurableApplicationContext nodeA;
    private ConfigurableApplicationContext nodeB;

    @BeforeAll
    void startTwoNodes() {
        smtp.start();
        // one node first: two nodes on an empty database race to create the schema (stack notes, trap 3)
        nodeA = startNode("node-a");
        nodeB = startNode("node-b");
    }

    @AfterAll
    void stopNodes() {
        if (nodeB != null) {
            nodeB.close();
        }
        if (nodeA != null) {
            nodeA.close();
        }
        smtp.stop();
        ClockUtil.reset();
    }

    @Test
    void eachReminderEventAndMailHappensOnceAcrossTwoNodes() {
        TestPartners fixtures = nodeA.getBean(TestPartners.class);
        TestPartners.World world = fixtures.world(10, null, LEADS);
        List<String> leadIds = java.util.stream.IntStream.range(0, LEADS)
                .mapToObj(i -> fixtures.newLead(world, "demo-request").getId()).toList();
        JdbcTemplate db = nodeA.getBean(JdbcTemplate.class);
        String inWorld = "from lead_event e join lead l on l.id = e.lead_id where l.region = ? and e.type = ?";

        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1)).until(() ->
                db.queryForObject("select count(*) " + inWorld, Long.class, world.region(), "NOTIFIED") == LEADS);

        // the accept SLA of a demo request is 4 h, its first reminder at 2 h: let 2.5 hours pass
        ClockUtil.setCurrentTime(new Date(System.currentTimeMillis() + Duration.ofMinutes(150).toMillis()));
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1)).until(() ->
                db.queryForObject("select count(*) " + inWorld, Long.class, world.region(), "FIRST_REMINDER_SENT") >= LEADS);

        Map<String, Long> remindersPerLead = db.queryForList(
                "select e.lead_id " + inWorld, String.class, world.region(), "FIRST_REMINDER_SENT").stream()
                .collect(Collectors.groupingBy(id -> id, Collectors.counting()));
        assertThat(remindersPerLead).hasSize(LEADS).allSatisfy((lead, count) -> assertThat(count).isEqualTo(1L));
        assertThat(remindersPerLead.keySet()).containsExactlyInAnyOrderElementsOf(leadIds);

        List<String> reminderMailIds = db.queryForList("select m.message_id from outbound_mail m join lead l "
                + "on l.id = m.lead_id where l.region = ? and m.template = 'first-reminder'", String.class, world.region());
        assertThat(reminderMailIds).hasSize(LEADS);
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(1)).until(() ->
                receivedIds().keySet().containsAll(reminderMailIds));
        Map<String, Long> received = receivedIds();
        assertThat(reminderMailIds).allSatisfy(id -> assertThat(received.get(id)).as(id).isEqualTo(1L));

        Map<String, Long> timersByNode = db.queryForList("select hostname_ from act_hi_job_log j "
                        + "where j.job_def_type_ = 'timer-transition' and j.act_id_ = 'BoundaryEvent_FirstReminderDue' "
                        + "and j.job_state_ = 2 and j.timestamp_ >= ?", String.class,
                        new java.sql.Timestamp(System.currentTimeMillis() - Duration.ofMinutes(10).toMillis()))
                .stream().collect(Collectors.groupingBy(host -> host, Collectors.counting()));
        assertThat(timersByNode).as("timers fired per node").containsKeys("node-a", "node-b");
    }

    @Test
    void webhooksAndTaskCompletionsWorkThroughEitherNode() throws Exception {
        TestPartners.World world = nodeA.getBean(TestPartners.class).world(2, "us-west", 1000);
        byte[] sample = HubSpotRequests.class.getResourceAsStream("/hubspot/workflow-contact-us-west-inbound.json")
                .readAllBytes();
        JdbcTemplate db = nodeA.getBean(JdbcTemplate.class);
        for (int i = 0; i < 6; i++) {
            ConfigurableApplicationContext node = i % 2 == 0 ? nodeA : nodeB;
            byte[] body = new String(sample, java.nio.charset.StandardCharsets.UTF_8)
                    .replace("80012345051", "8009" + System.nanoTime() % 1_000_000_000L + i)
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8);
            var response = HubSpotRequests.postSigned(port(node), "/api/hubspot/workflow", body);
            assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
            String leadId = new com.fasterxml.jackson.databind.ObjectMapper().readTree(response.body())
                    .get("leadId").asText();
            String taskId = await().atMost(Duration.ofSeconds(30)).until(() -> db.queryForList(
                    "select t.id_ from act_ru_task t join act_ru_execution e on e.id_ = t.proc_inst_id_ "
                            + "where e.business_key_ = ? and t.task_def_key_ = 'Task_AcceptLead'", String.class, leadId),
                    ids -> ids.size() == 1).get(0);
            String partnerKey = db.queryForObject("select partner_key from lead where id = ?", String.class, leadId);
            // complete through the other node than the one that took the webhook
            ConfigurableApplicationContext other = node == nodeA ? nodeB : nodeA;
            var completed = HubSpotRequests.postJson(port(other), "/engine-rest/task/" + taskId + "/complete",
                    world.userOf(partnerKey), "{\"variables\":{\"leadAccepted\":{\"value\":true}}}");
            assertThat(completed.statusCode()).as(completed.body()).isEqualTo(204);
            assertThat(db.queryForObject("select status from lead where id = ?", String.class, leadId))
                    .isEqualTo("ACCEPTED");
        }
    }

    private Map<String, Long> receivedIds() {
        return Arrays.stream(smtp.getReceivedMessages()).map(TwoNodeClusterTest::messageId)
                .collect(Collectors.groupingBy(id -> id, Collectors.counting()));
    }

    private ConfigurableApplicationContext startNode(String name) {
        return new SpringApplicationBuilder(LeadRelayApplication.class)
                .profiles("test")
                // command-line arguments: they win over application.yaml, as on a real node
                .run("--server.port=0",
                        "--camunda.bpm.job-execution.enabled=true",
                        "--camunda.bpm.generic-properties.properties.hostname=" + name,
                        "--camunda.bpm.generic-properties.properties.jobExecutorAcquireByDueDate=true",
                        "--spring.mail.host=127.0.0.1",
                        "--spring.mail.port=" + smtpSetup.getPort(),
                        "--leadrelay.mail.poll-interval=PT0.3S");
    }

    private static int port(ConfigurableApplicationContext node) {
        return ((WebServerApplicationContext) node).getWebServer().getPort();
    }

    private static String messageId(MimeMessage message) {
        try {
            return message.getHeader("Message-ID")[0];
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
