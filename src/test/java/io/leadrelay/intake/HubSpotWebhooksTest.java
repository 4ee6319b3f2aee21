package io.leadrelay.intake;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.notContaining;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.icegreen.greenmail.util.GreenMailUtil;
import io.leadrelay.lead.Lead;
import io.leadrelay.lead.LeadEvent;
import io.leadrelay.lead.LeadEventRepository;
import io.leadrelay.lead.LeadRepository;
import io.leadrelay.lead.LeadStatus;
import io.leadrelay.support.HubSpotRequests;
import io.leadrelay.support.TestPartners;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The Webhooks API intake over real HTTP, with the real samples, WireMock as the CRM API and GreenMail as SMTP:
 * the endpoint stores and acknowledges, the worker applies the events afterwards.
 */
class HubSpotWebhooksTest extends HubSpotIntakeTest {

    private static final String WEBHOOKS = "/api/hubspot/webhooks";

    private final ObjectMapper json = new ObjectMapper();

    @LocalServerPort int port;
    @Autowired TestPartners fixtures;
    @Autowired LeadRepository leads;
    @Autowired LeadEventRepository leadEvents;
    @Autowired WebhookEventRepository events;
    @Autowired WebhookDeliveryRepository deliveries;
    @Autowired RuntimeService runtime;
    @Autowired HistoryService history;
    @Autowired MeterRegistry meters;
    @Autowired io.leadrelay.partner.PartnerRepository partners;
    @Autowired HubSpotContactPoller poller;
    @Autowired org.springframework.transaction.support.TransactionTemplate transactions;

    @BeforeEach
    void partnersInUsWest() {
        // the CRM contacts below are in Austin, Texas; the region needs partners (and a manager) to assign to
        Boolean served = transactions.execute(tx -> partners.findAll().stream()
                .anyMatch(partner -> partner.getRegions().contains("us-west")));
        if (!Boolean.TRUE.equals(served)) {
            fixtures.world(5, "us-west");
        }
    }

    @Test
    void creationEventIsAcknowledgedThenTheContactIsFetchedAndBecomesALead() throws Exception {
        stubContact("80012345001", "Zoë", "Wiśniewski-Łukasz");

        HttpResponse<String> response = HubSpotRequests.postSigned(port, WEBHOOKS, sample("01-webhook-contact-creation-single.json"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json.readTree(response.body()).get("new").asInt()).isEqualTo(1);
        Lead lead = awaitOpenLead("80012345001");
        assertThat(lead.getFirstName()).isEqualTo("Zoë");
        assertThat(lead.getLastName()).isEqualTo("Wiśniewski-Łukasz");
        assertThat(lead.getCompany()).isEqualTo("Kestrel Fieldworks BV");
        assertThat(lead.getLeadType()).isEqualTo("contact-sales");
        assertThat(lead.getRegion()).isEqualTo("us-west");
        crm.verify(1, getRequestedFor(urlPathEqualTo("/crm/v3/objects/contacts/80012345001"))
                .withHeader("Authorization", equalTo("Bearer test-token")));
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(lead.getId()).count()).isEqualTo(1);
    }

    @Test
    void mixedBatchMakesOneLeadPerNewContactAndIgnoresTheRest() throws Exception {
        crm.stubFor(get(urlPathMatching("/crm/v3/objects/contacts/\\d+")).willReturn(aResponse()
                .withStatus(200).withHeader("Content-Type", "application/json")
                .withTransformers("response-template")
                .withBody(contactJson("{{request.pathSegments.[4]}}", "Jan", "de Vries"))));

        HttpResponse<String> response = HubSpotRequests.postSigned(port, WEBHOOKS, sample("02-webhook-batch-mixed.json"));

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode answer = json.readTree(response.body());
        assertThat(answer.get("events").asInt()).isEqualTo(9);
        await().atMost(Duration.ofSeconds(20)).until(() -> events.findByDeliveryIdOrderById(answer.get("deliveryId")
                .asLong()).stream().allMatch(event -> event.getStatus().isFinal()));
        // 011, 019 created; 014 through object.creation of a contact; 012 created, then merged into 016
        for (String contact : List.of("80012345011", "80012345014", "80012345016", "80012345019")) {
            assertThat(leads.findByOpenContactId(contact)).as("lead of " + contact).isPresent();
        }
        assertThat(leads.findByOpenContactId("80012345012")).isEmpty();
        assertThat(leads.findByHubspotContactId("80012345017")).isEmpty();
        Lead merged = leads.findByOpenContactId("80012345016").orElseThrow();
        assertThat(types(merged)).contains("RECEIVED", "MERGED");
        assertThat(events.findByDeliveryIdOrderById(answer.get("deliveryId").asLong()))
                .filteredOn(event -> event.getSubscriptionType().equals("company.creation"))
                .singleElement().extracting(WebhookEvent::getStatus).isEqualTo(WebhookEvent.Status.IGNORED);
    }

    @Test
    void propertyChangesThatAreNoTriggerCreateNothing() throws Exception {
        byte[] body = withContact(sample("03-webhook-property-change-no-lead.json"), "80012345001", "80012345301");

        HttpResponse<String> response = HubSpotRequests.postSigned(port, WEBHOOKS, body);

        assertThat(response.statusCode()).isEqualTo(200);
        long deliveryId = json.readTree(response.body()).get("deliveryId").asLong();
        await().atMost(Duration.ofSeconds(10)).until(() -> events.findByDeliveryIdOrderById(deliveryId).stream()
                .allMatch(event -> event.getStatus() == WebhookEvent.Status.IGNORED));
        assertThat(leads.findByHubspotContactId("80012345301")).isEmpty();
        crm.verify(0, getRequestedFor(urlPathMatching("/crm/.*")));
    }

    @Test
    void propertyChangeToSalesQualifiedMakesAPartnerLead() {
        stubContact("80012345302", "Ada", "Byron");
        String body = """
                [{"eventId":9001,"subscriptionId":1,"portalId":24681357,"appId":3141592,"occurredAt":1741598222000,
                  "subscriptionType":"contact.propertyChange","attemptNumber":0,"objectId":80012345302,
                  "propertyName":"lifecyclestage","propertyValue":"salesqualifiedlead","changeSource":"CRM_UI"}]""";

        assertThat(HubSpotRequests.postSigned(port, WEBHOOKS, bytes(body)).statusCode()).isEqualTo(200);

        assertThat(awaitOpenLead("80012345302").getLastName()).isEqualTo("Byron");
    }

    @Test
    void redeliveredOrRepeatedEventsCreateNothingNewButDistinctEventsWithOneEventIdAreKept() throws Exception {
        stubContact("80012345401", "Ada", "Lovelace");
        stubContact("80012345402", "Grace", "Hopper");
        byte[] first = withContact(sample("01-webhook-contact-creation-single.json"), "80012345001", "80012345401");
        byte[] retry = new String(first, StandardCharsets.UTF_8).replace("\"attemptNumber\": 0", "\"attemptNumber\": 1")
                .getBytes(StandardCharsets.UTF_8);

        JsonNode one = json.readTree(HubSpotRequests.postSigned(port, WEBHOOKS, first).body());
        JsonNode two = json.readTree(HubSpotRequests.postSigned(port, WEBHOOKS, retry).body());
        // same eventId, another contact: a different event, never merged with the first
        byte[] sameEventIdOtherContact = withContact(first, "80012345401", "80012345402");
        JsonNode three = json.readTree(HubSpotRequests.postSigned(port, WEBHOOKS, sameEventIdOtherContact).body());

        assertThat(one.get("new").asInt()).isEqualTo(1);
        assertThat(two.get("new").asInt()).isZero();
        assertThat(two.get("duplicates").asInt()).isEqualTo(1);
        assertThat(three.get("new").asInt()).isEqualTo(1);
        assertThat(deliveries.findById(two.get("deliveryId").asLong()).orElseThrow().getVerdict()).isEqualTo("DUPLICATE");
        awaitOpenLead("80012345401");
        awaitOpenLead("80012345402");
        assertThat(leads.findByHubspotContactId("80012345401")).hasSize(1);
        crm.verify(1, getRequestedFor(urlPathEqualTo("/crm/v3/objects/contacts/80012345401")));
    }

    @Test
    void tenParallelDeliveriesOfOneBatchStoreEachEventOnce() throws Exception {
        crm.stubFor(get(urlPathMatching("/crm/v3/objects/contacts/8001234560[0-9]")).willReturn(aResponse()
                .withStatus(200).withHeader("Content-Type", "application/json")
                .withTransformers("response-template")
                .withBody(contactJson("{{request.pathSegments.[4]}}", "Ada", "Lovelace"))));
        byte[] batch = bytes("""
                [{"eventId":9601,"subscriptionId":1,"portalId":2,"occurredAt":1741598300000,
                  "subscriptionType":"contact.creation","attemptNumber":0,"objectId":80012345603},
                 {"eventId":9602,"subscriptionId":1,"portalId":2,"occurredAt":1741598300001,
                  "subscriptionType":"contact.creation","attemptNumber":0,"objectId":80012345604}]""");
        var pool = java.util.concurrent.Executors.newFixedThreadPool(10);
        try {
            List<java.util.concurrent.Future<HttpResponse<String>>> answers = new java.util.ArrayList<>();
            for (int i = 0; i < 10; i++) {
                answers.add(pool.submit(() -> HubSpotRequests.postSigned(port, WEBHOOKS, batch)));
            }
            int added = 0;
            for (var answer : answers) {
                HttpResponse<String> response = answer.get();
                assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
                added += json.readTree(response.body()).get("new").asInt();
            }
            assertThat(added).isEqualTo(2);
        } finally {
            pool.shutdown();
        }
        awaitOpenLead("80012345603");
        awaitOpenLead("80012345604");
        assertThat(events.findTop200ByOrderByIdDesc()).filteredOn(event -> event.getObjectId().equals("80012345603"))
                .hasSize(1);
        assertThat(leads.findByHubspotContactId("80012345603")).hasSize(1);
    }

    @Test
    void eventsArrivingOutOfOrderAreAppliedInTheOrderTheyOccurred() {
        stubContact("80012345501", "Ada", "Lovelace");
        // the deletion arrives first, the creation a moment later; applied the other way round, the creation
        // would be refused as stale and no lead would ever exist
        String deletion = """
                [{"eventId":9101,"subscriptionId":4,"portalId":24681357,"occurredAt":1741598300000,
                  "subscriptionType":"contact.deletion","attemptNumber":0,"objectId":80012345501}]""";
        String creation = """
                [{"eventId":9100,"subscriptionId":1,"portalId":24681357,"occurredAt":1741598200000,
                  "subscriptionType":"contact.creation","attemptNumber":0,"objectId":80012345501}]""";

        assertThat(HubSpotRequests.postSigned(port, WEBHOOKS, bytes(deletion)).statusCode()).isEqualTo(200);
        assertThat(HubSpotRequests.postSigned(port, WEBHOOKS, bytes(creation)).statusCode()).isEqualTo(200);

        Lead lead = await().atMost(Duration.ofSeconds(20)).until(() -> leads.findByHubspotContactId("80012345501")
                .stream().findFirst().filter(found -> found.getStatus() == LeadStatus.CLOSED), Optional::isPresent).get();
        assertThat(lead.getFirstName()).isNull();
        assertThat(types(lead)).startsWith("RECEIVED").endsWith("ERASED");
    }

    @Test
    void rateLimitedCrmIsRetriedAfterRetryAfter() {
        String path = "/crm/v3/objects/contacts/80012345601";
        crm.stubFor(get(urlPathEqualTo(path)).inScenario("rate limit").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1")
                        .withBody("{\"status\":\"error\",\"category\":\"RATE_LIMITS\"}"))
                .willSetStateTo("open"));
        crm.stubFor(get(urlPathEqualTo(path)).inScenario("rate limit").whenScenarioStateIs("open")
                .willReturn(okContact("80012345601", "Ada", "Lovelace")));

        HubSpotRequests.postSigned(port, WEBHOOKS, creation(9201, "80012345601"));

        awaitOpenLead("80012345601");
        crm.verify(2, getRequestedFor(urlPathEqualTo(path)));
        List<Long> times = crm.getAllServeEvents().stream()
                .filter(event -> event.getRequest().getUrl().startsWith(path))
                .map(event -> event.getRequest().getLoggedDate().getTime()).sorted().toList();
        assertThat(times.get(1) - times.get(0)).as("waited for Retry-After").isGreaterThanOrEqualTo(900);
    }

    @Test
    void crmServerErrorsAreRetriedAndStayVisibleUntilTheCrmRecovers() {
        String path = "/crm/v3/objects/contacts/80012345701";
        crm.stubFor(get(urlPathEqualTo(path)).willReturn(aResponse().withStatus(503).withBody("maintenance")));
        double failuresBefore = meters.counter("leadrelay.hubspot.events.failures").count();

        HubSpotRequests.postSigned(port, WEBHOOKS, creation(9301, "80012345701"));

        WebhookEvent failing = await().atMost(Duration.ofSeconds(20)).until(() -> eventOf("80012345701"),
                event -> event != null && event.getLastError() != null);
        assertThat(failing.getLastError()).contains("503").contains("4 tries");
        assertThat(failing.getStatus()).isIn(WebhookEvent.Status.PENDING, WebhookEvent.Status.PROCESSING);
        assertThat(meters.counter("leadrelay.hubspot.events.failures").count()).isGreaterThan(failuresBefore);
        assertThat(meters.get("leadrelay.hubspot.events.failing").gauge().value()).isGreaterThanOrEqualTo(1);

        crm.stubFor(get(urlPathEqualTo(path)).willReturn(okContact("80012345701", "Ada", "Lovelace")));
        awaitOpenLead("80012345701");
        assertThat(eventOf("80012345701").getStatus()).isEqualTo(WebhookEvent.Status.DONE);
        assertThat(eventOf("80012345701").getLastError()).isNull();
    }

    @Test
    void endpointAnswersFastWhileTheCrmIsSlow() {
        crm.stubFor(get(urlPathEqualTo("/crm/v3/objects/contacts/80012345801"))
                .willReturn(okContact("80012345801", "Ada", "Lovelace").withFixedDelay(3000)));

        long start = System.nanoTime();
        HttpResponse<String> response = HubSpotRequests.postSigned(port, WEBHOOKS, creation(9401, "80012345801"));
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(millis).isLessThan(1500);
        awaitOpenLead("80012345801");
    }

    @Test
    void deletedContactsLeadIsErasedItsLifecycleEndedAndItsPartnerTold() throws Exception {
        // a region of its own: on a database shared by all test classes (PostgreSQL) us-west may be full
        fixtures.world(1, "apac");
        crm.stubFor(get(urlPathEqualTo("/crm/v3/objects/contacts/80012345901")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody(contactJson("80012345901", "Ada", "Lovelace")
                        .replace("\"United States\"", "\"Japan\"").replace("\"TX\"", "\"Tokyo\""))));
        HubSpotRequests.postSigned(port, WEBHOOKS, creation(9501, "80012345901"));
        Lead assigned = await().atMost(Duration.ofSeconds(20)).until(() -> leads.findByOpenContactId("80012345901")
                .filter(lead -> lead.getStatus() == LeadStatus.ASSIGNED), Optional::isPresent).get();
        String partner = assigned.getPartnerKey();
        awaitMail(partner + "@partners.example.com", "New lead for");

        String deletion = """
                [{"eventId":9502,"subscriptionId":4,"portalId":24681357,"occurredAt":%d,
                  "subscriptionType":"contact.privacyDeletion","attemptNumber":0,"objectId":80012345901}]"""
                .formatted(System.currentTimeMillis());
        assertThat(HubSpotRequests.postSigned(port, WEBHOOKS, bytes(deletion)).statusCode()).isEqualTo(200);

        Lead erased = await().atMost(Duration.ofSeconds(20)).until(() -> leads.findById(assigned.getId())
                .filter(lead -> lead.getStatus() == LeadStatus.CLOSED), Optional::isPresent).get();
        assertThat(erased.getFirstName()).isNull();
        assertThat(erased.getLastName()).isNull();
        assertThat(erased.getEmail()).isNull();
        assertThat(erased.getPhone()).isNull();
        assertThat(erased.getCompany()).isNull();
        // the counts stay: region, lead type, partner and the timeline
        assertThat(erased.getRegion()).isEqualTo("apac");
        assertThat(erased.getPartnerKey()).isEqualTo(partner);
        assertThat(types(erased)).contains("RECEIVED", "ASSIGNED", "ERASED");
        assertThat(leadEvents.findByLeadIdOrderByOccurredAtAscIdAsc(erased.getId()))
                .extracting(LeadEvent::getDetail).noneMatch(detail -> detail != null && detail.contains("Lovelace"));
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(erased.getId()).count()).isZero();
        assertThat(history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(erased.getId()).count()).isZero();

        MimeMessage withdrawn = awaitMail(partner + "@partners.example.com", "has been withdrawn");
        assertThat(GreenMailUtil.getBody(withdrawn)).contains("deleted in HubSpot").doesNotContain("Lovelace");
    }

    @Test
    void pollingFallbackFeedsContactsTheWebhooksMissedThroughTheSamePipeline() throws Exception {
        crm.stubFor(get(urlPathMatching("/crm/v3/objects/contacts/\\d+")).willReturn(aResponse()
                .withStatus(200).withHeader("Content-Type", "application/json")
                .withTransformers("response-template")
                .withBody(contactJson("{{request.pathSegments.[4]}}", "Tomasz", "Wiśniewski"))));
        crm.stubFor(post(urlPathEqualTo("/crm/v3/objects/contacts/search"))
                .withHeader("Authorization", equalTo("Bearer test-token"))
                .withRequestBody(notContaining("\"after\""))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody(sample("07b-crm-v3-search-page.json"))));
        crm.stubFor(post(urlPathEqualTo("/crm/v3/objects/contacts/search"))
                .withRequestBody(matchingJsonPath("$.after", equalTo("3")))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody("{\"total\":4,\"results\":[{\"id\":\"80012345075\",\"properties\":{},"
                                + "\"createdAt\":\"2025-03-10T09:16:03.000Z\"}]}")));

        assertThat(poller.pollCreatedSince(java.time.Instant.parse("2025-03-10T09:00:00Z"))).isEqualTo(4);

        for (String contact : List.of("80012345072", "80012345073", "80012345074", "80012345075")) {
            awaitOpenLead(contact);
        }
        // the next poll sees the same contacts again and stores nothing
        assertThat(poller.pollCreatedSince(java.time.Instant.parse("2025-03-10T09:00:00Z"))).isZero();
        assertThat(leads.findByHubspotContactId("80012345073")).singleElement()
                .extracting(Lead::getLastName).isEqualTo("Wiśniewski");
    }

    // ------------------------------------------------------------------------------------------------------------

    private Lead awaitOpenLead(String contactId) {
        return await().atMost(Duration.ofSeconds(20)).until(() -> leads.findByOpenContactId(contactId),
                Optional::isPresent).get();
    }

    private WebhookEvent eventOf(String contactId) {
        return events.findTop200ByOrderByIdDesc().stream().filter(event -> event.getObjectId().equals(contactId))
                .findFirst().orElse(null);
    }

    private List<String> types(Lead lead) {
        return leadEvents.findByLeadIdOrderByOccurredAtAscIdAsc(lead.getId()).stream()
                .map(event -> event.getType().name()).toList();
    }

    private void stubContact(String id, String firstName, String lastName) {
        crm.stubFor(get(urlPathEqualTo("/crm/v3/objects/contacts/" + id)).willReturn(okContact(id, firstName, lastName)));
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder okContact(String id, String firstName,
                                                                                             String lastName) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                .withBody(contactJson(id, firstName, lastName));
    }

    /** The CRM v3 sample contact, moved to Austin, Texas (region us-west) under the given id and name. */
    static String contactJson(String id, String firstName, String lastName) {
        try {
            return new String(sample("07a-crm-v3-contact.json"), StandardCharsets.UTF_8)
                    .replace("80012345071", id)
                    .replace("\"Jan\"", "\"" + firstName + "\"")
                    .replace("\"de Vries\"", "\"" + lastName + "\"")
                    .replace("\"Netherlands\"", "\"United States\"")
                    .replace("\"Noord-Holland\"", "\"TX\"");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static byte[] creation(long eventId, String contactId) {
        return bytes("""
                [{"eventId":%d,"subscriptionId":1,"portalId":24681357,"appId":3141592,"occurredAt":%d,
                  "subscriptionType":"contact.creation","attemptNumber":0,"objectId":%s,"changeSource":"FORM"}]"""
                .formatted(eventId, System.currentTimeMillis(), contactId));
    }

    private static byte[] withContact(byte[] body, String from, String to) {
        return new String(body, StandardCharsets.UTF_8).replace(from, to).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] sample(String name) throws IOException {
        try (var in = HubSpotWebhooksTest.class.getResourceAsStream("/hubspot/" + name)) {
            return in.readAllBytes();
        }
    }

    private MimeMessage awaitMail(String recipient, String subjectPart) {
        return await().atMost(Duration.ofSeconds(20)).until(() -> Arrays.stream(smtp.getReceivedMessages())
                .filter(message -> {
                    try {
                        return Arrays.stream(message.getAllRecipients()).anyMatch(a -> a.toString().equals(recipient))
                                && message.getSubject().contains(subjectPart);
                    } catch (jakarta.mail.MessagingException e) {
                        return false;
                    }
                }).findFirst().orElse(null), message -> message != null);
    }
}
