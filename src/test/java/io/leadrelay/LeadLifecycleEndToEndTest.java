package io.leadrelay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import io.leadrelay.support.FreeSmtp;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import io.leadrelay.support.HubSpotRequests;
import io.leadrelay.support.TestPartners;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole product path over real HTTP and real SMTP: a signed HubSpot workflow body comes in, the partner
 * completes its tasks through the engine REST API with its own credentials (as Tasklist does), the deal desk
 * approves, and the opportunity, the timeline and the mails that GreenMail received are checked.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "camunda.bpm.job-execution.enabled=true",
        "spring.mail.host=127.0.0.1",
        "leadrelay.mail.poll-interval=PT0.2S"})
@ActiveProfiles("test")
@DirtiesContext
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LeadLifecycleEndToEndTest {

    private static final ServerSetup SMTP = FreeSmtp.onFreePort();

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(SMTP);

    @DynamicPropertySource
    static void smtpPort(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.port", SMTP::getPort);
    }

    private static final String WORKFLOW = "/api/hubspot/workflow";
    private final ObjectMapper json = new ObjectMapper();

    @LocalServerPort int port;
    @Autowired TestPartners fixtures;
    @Autowired TaskService tasks;
    @Autowired HistoryService history;
    @Autowired io.leadrelay.lead.LeadRepository leads;

    TestPartners.World world;

    @BeforeAll
    void partnersInUsWest() {
        // the sample contact is in Austin, Texas: region us-west
        world = fixtures.world(2, "us-west");
    }

    @Test
    void hubSpotLeadTravelsFromWebhookToOpportunityWithMails() throws Exception {
        byte[] body = sample("workflow-contact-us-west-inbound.json");
        HttpResponse<String> received = HubSpotRequests.postSigned(port, WORKFLOW, body);
        assertThat(received.statusCode()).isEqualTo(202);
        String leadId = json.readTree(received.body()).get("leadId").asText();

        Task accept = awaitTask(leadId, "Task_AcceptLead");
        String partner = partnerOf(accept);
        String partnerUser = world.userOf(partner);
        assertThat(world.partnerKeys()).contains(partner);
        MimeMessage assigned = awaitMail(partner + "@partners.example.com", "New lead for");
        assertThat(GreenMailUtil.getBody(assigned)).contains("Northwind Robotics Inc.");
        assertThat(assigned.getHeader("Message-ID")[0]).endsWith("@leadrelay.example.com>");

        // another partner cannot see the lead, neither in the API nor as a task
        String otherUser = world.userOf(world.partnerKeys().stream().filter(k -> !k.equals(partner)).findFirst()
                .orElseThrow());
        assertThat(HubSpotRequests.get(port, "/api/leads/" + leadId, otherUser).statusCode()).isEqualTo(404);
        assertThat(json.readTree(HubSpotRequests.get(port, "/engine-rest/task", otherUser).body())).isEmpty();

        complete(accept, partnerUser, "{\"leadAccepted\":{\"value\":true}}");
        complete(awaitTask(leadId, "Task_WorkLead"), partnerUser, "{\"workOutcome\":{\"value\":\"qualify\"}}");
        complete(awaitTask(leadId, "Task_RegisterDeal"), partnerUser, """
                {"dealCustomer":{"value":"Northwind Robotics Inc."},"dealAmount":{"value":125000},
                 "dealCurrency":{"value":"USD"},"dealProducts":{"value":"40 AMR licences"},
                 "dealExpectedCloseDate":{"value":"2027-02-28"},"dealDescription":{"value":"Two warehouses"}}""");
        complete(awaitTask(leadId, "Task_ReviewDeal"), world.deskUser(), "{\"dealDecision\":{\"value\":\"approve\"}}");

        await().atMost(Duration.ofSeconds(20)).until(() ->
                history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(leadId).finished().count() == 1);
        JsonNode lead = json.readTree(HubSpotRequests.get(port, "/api/leads/" + leadId, partnerUser).body());
        assertThat(lead.get("status").asText()).isEqualTo("OPPORTUNITY_CREATED");
        assertThat(lead.get("partnerKey").asText()).isEqualTo(partner);
        assertThat(lead.get("firstName").asText()).isEqualTo("Marisol");
        List<String> timeline = lead.get("events").findValuesAsText("type");
        assertThat(timeline).containsExactly("RECEIVED", "ASSIGNED", "NOTIFIED", "ACCEPTED", "QUALIFIED",
                "DEAL_SUBMITTED", "DEAL_APPROVED", "OPPORTUNITY_CREATED");
        assertThat(lead.get("events").get(3).get("actor").asText()).isEqualTo(partnerUser);

        awaitMail(partner + "@partners.example.com", "opportunity created");
        awaitMail(world.managerId() + "@vendor.example.com", "opportunity created");
    }

    @Test
    void repeatedDeliveryOfARunningContactCreatesNoSecondLead() throws Exception {
        byte[] body = sample("workflow-contact-us-west-inbound.json");
        String text = new String(body).replace("80012345051", "80012349999");
        byte[] other = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        JsonNode first = json.readTree(HubSpotRequests.postSigned(port, WORKFLOW, other).body());
        JsonNode second = json.readTree(HubSpotRequests.postSigned(port, WORKFLOW, other).body());

        assertThat(first.get("duplicate").asBoolean()).isFalse();
        assertThat(second.get("duplicate").asBoolean()).isTrue();
        assertThat(second.get("leadId").asText()).isEqualTo(first.get("leadId").asText());
        assertThat(leads.findAll()).filteredOn(lead -> lead.getHubspotContactId().equals("80012349999")).hasSize(1);
    }

    @Test
    void partnerNoteIsStoredOnTheTimelineAndMailedToItsManager() throws Exception {
        String body = new String(sample("workflow-contact-us-west-inbound.json"), java.nio.charset.StandardCharsets.UTF_8)
                .replace("80012345051", "80012347777");
        String leadId = json.readTree(HubSpotRequests.postSigned(port, WORKFLOW,
                body.getBytes(java.nio.charset.StandardCharsets.UTF_8)).body()).get("leadId").asText();
        String partner = partnerOf(awaitTask(leadId, "Task_AcceptLead"));
        String other = world.partnerKeys().stream().filter(k -> !k.equals(partner)).findFirst().orElseThrow();

        HttpResponse<String> added = HubSpotRequests.postJson(port, "/api/leads/" + leadId + "/notes",
                world.userOf(partner), "{\"text\":\"Called them, <b>demo</b> booked for Monday\"}");
        assertThat(added.statusCode()).isEqualTo(201);
        assertThat(HubSpotRequests.postJson(port, "/api/leads/" + leadId + "/notes", world.userOf(other),
                "{\"text\":\"not mine\"}").statusCode()).isEqualTo(404);
        assertThat(HubSpotRequests.postJson(port, "/api/leads/" + leadId + "/notes", world.userOf(partner),
                "{\"text\":\"  \"}").statusCode()).isEqualTo(400);

        JsonNode notes = json.readTree(HubSpotRequests.get(port, "/api/leads/" + leadId + "/notes",
                world.userOf(partner)).body());
        assertThat(notes).hasSize(1);
        assertThat(notes.get(0).get("side").asText()).isEqualTo("PARTNER");
        JsonNode lead = json.readTree(HubSpotRequests.get(port, "/api/leads/" + leadId, world.userOf(partner)).body());
        assertThat(lead.get("events").findValuesAsText("type")).contains("NOTE_ADDED");
        MimeMessage alert = awaitMail(world.managerId() + "@vendor.example.com", "New note on lead");
        assertThat(GreenMailUtil.getBody(alert)).contains("&lt;b&gt;demo&lt;/b&gt; booked for Monday");
    }

    @Test
    void badSignatureIsRefusedWith401AndKept() throws Exception {
        byte[] body = sample("workflow-contact-us-west-inbound.json");
        HttpResponse<String> response = HubSpotRequests.post(port, WORKFLOW, body, "application/json",
                "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=", System.currentTimeMillis());

        assertThat(response.statusCode()).isEqualTo(401);
        JsonNode problem = json.readTree(response.body());
        assertThat(problem.get("detail").asText()).contains("signature mismatch");
        assertThat(problem.get("deliveryId").asLong()).isPositive();
    }

    @Test
    void malformedBodyIsAnswered400WithAReasonAndKept() throws Exception {
        byte[] broken = "{\"vid\": 1, \"properties\": {".getBytes();
        HttpResponse<String> response = HubSpotRequests.postSigned(port, WORKFLOW, broken);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(json.readTree(response.body()).get("detail").asText()).startsWith("The body is not valid JSON");
    }

    @Test
    void leadApiRequiresAuthentication() {
        assertThat(HubSpotRequests.get(port, "/api/leads", null).statusCode()).isEqualTo(401);
        assertThat(HubSpotRequests.get(port, "/engine-rest/task", null).statusCode()).isEqualTo(401);
        // Camunda's own filter leaves the engine list open; ours closes it too
        assertThat(HubSpotRequests.get(port, "/engine-rest/engine", null).statusCode()).isEqualTo(401);
        assertThat(HubSpotRequests.get(port, "/engine-rest/engine", world.managerId()).statusCode()).isEqualTo(200);
    }

    private Task awaitTask(String leadId, String taskKey) {
        return await().atMost(Duration.ofSeconds(20)).until(() -> tasks.createTaskQuery()
                .processInstanceBusinessKey(leadId).taskDefinitionKey(taskKey).singleResult(), task -> task != null);
    }

    private String partnerOf(Task task) {
        return tasks.getIdentityLinksForTask(task.getId()).stream()
                .map(link -> link.getGroupId()).filter(group -> group != null && group.startsWith("partner-p"))
                .findFirst().orElseThrow().substring("partner-".length());
    }

    private void complete(Task task, String user, String variables) {
        HttpResponse<String> response = HubSpotRequests.postJson(port, "/engine-rest/task/" + task.getId()
                + "/complete", user, "{\"variables\":" + variables + "}");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(204);
    }

    private MimeMessage awaitMail(String recipient, String subjectPart) {
        return await().atMost(Duration.ofSeconds(20)).until(() -> Arrays.stream(smtp.getReceivedMessages())
                .filter(message -> hasRecipient(message, recipient))
                .filter(message -> subject(message).contains(subjectPart))
                .findFirst().orElse(null), message -> message != null);
    }

    private static boolean hasRecipient(MimeMessage message, String recipient) {
        try {
            return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                    .anyMatch(address -> address.toString().equals(recipient));
        } catch (jakarta.mail.MessagingException e) {
            return false;
        }
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            return "";
        }
    }

    private static byte[] sample(String name) throws IOException {
        try (var in = LeadLifecycleEndToEndTest.class.getResourceAsStream("/hubspot/" + name)) {
            return in.readAllBytes();
        }
    }
}
