package io.leadrelay.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.leadrelay.support.HubSpotRequests;
import io.leadrelay.support.TestPartners;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.util.unit.DataSize;

/**
 * Both HubSpot endpoints refuse what they cannot trust or read, with a problem detail naming the fault; every
 * refused delivery is kept with its reason, counted, and can be replayed after a fix.
 */
class HubSpotDeliveryRejectionTest extends HubSpotIntakeTest {

    private static final String WEBHOOKS = HubSpotWebhooksController.PATH;
    private static final String WORKFLOW = HubSpotWorkflowController.PATH;
    private static final String EVENT = """
            [{"eventId":1,"subscriptionId":1,"portalId":2,"occurredAt":1741598098000,
              "subscriptionType":"contact.creation","attemptNumber":0,"objectId":80012399001}]""";

    private final ObjectMapper json = new ObjectMapper();

    @LocalServerPort int port;
    @Autowired WebhookDeliveryRepository deliveries;
    @Autowired WebhookEventRepository events;
    @Autowired WebhookInbox inbox;
    @Autowired HubSpotProperties hubspot;
    @Autowired HubSpotWebhooksController webhooks;
    @Autowired MeterRegistry meters;
    @Autowired TestPartners fixtures;

    @ParameterizedTest
    @ValueSource(strings = {WEBHOOKS, WORKFLOW})
    void wrongSignatureIs401(String path) throws Exception {
        HttpResponse<String> response = HubSpotRequests.post(port, path, bytes(EVENT), "application/json",
                "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=", System.currentTimeMillis());

        assertRefused(response, path, 401, "signature mismatch", "UNAUTHORIZED");
    }

    @ParameterizedTest
    @ValueSource(strings = {WEBHOOKS, WORKFLOW})
    void staleSignatureIs401(String path) throws Exception {
        long sixMinutesAgo = System.currentTimeMillis() - 360_000;
        byte[] body = bytes(EVENT);
        HttpResponse<String> response = HubSpotRequests.post(port, path, body, "application/json",
                HubSpotRequests.signV3("POST", HubSpotRequests.PUBLIC_BASE_URL + path, body, sixMinutesAgo),
                sixMinutesAgo);

        assertRefused(response, path, 401, "stale timestamp", "UNAUTHORIZED");
    }

    @ParameterizedTest
    @ValueSource(strings = {WEBHOOKS, WORKFLOW})
    void malformedJsonIs400(String path) throws Exception {
        assertRefused(signed(path, bytes("[{\"eventId\": 1,"), "application/json"), path, 400,
                "The body is not valid JSON", "REJECTED");
    }

    @Test
    void wrongTypesInAnEventAre400NamingTheField() throws Exception {
        byte[] body = bytes(EVENT.replace("\"objectId\":80012399001", "\"objectId\":\"eighty\""));

        assertRefused(signed(WEBHOOKS, body, "application/json"), WEBHOOKS, 400,
                "event[0].objectId must be a positive integer id", "REJECTED");
        assertRefused(signed(WEBHOOKS, bytes("{\"eventId\":1}"), "application/json"), WEBHOOKS, 400,
                "must be a JSON array of events", "REJECTED");
        assertRefused(signed(WEBHOOKS, bytes(EVENT.replace("\"eventId\":1", "\"eventId\":1.5")), "application/json"),
                WEBHOOKS, 400, "event[0].eventId must be an integer", "REJECTED");
    }

    @ParameterizedTest
    @ValueSource(strings = {WEBHOOKS, WORKFLOW})
    void emptyBodyIs400(String path) throws Exception {
        assertRefused(signed(path, new byte[0], "application/json"), path, 400, "The body is empty", "REJECTED");
    }

    @ParameterizedTest
    @ValueSource(strings = {WEBHOOKS, WORKFLOW})
    void byteOrderMarkIs400(String path) throws Exception {
        byte[] body = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, bytes(EVENT));
        assertRefused(signed(path, body, "application/json"), path, 400, "byte-order mark", "REJECTED");
    }

    @ParameterizedTest
    @ValueSource(strings = {WEBHOOKS, WORKFLOW})
    void invalidUtf8Is400(String path) throws Exception {
        byte[] body = concat(bytes("[{\"name\":\""), new byte[] {(byte) 0xC3, (byte) 0x28}, bytes("\"}]"));
        assertRefused(signed(path, body, "application/json"), path, 400, "not valid UTF-8", "REJECTED");
    }

    @ParameterizedTest
    @ValueSource(strings = {WEBHOOKS, WORKFLOW})
    void nestingTenThousandDeepIs400NotAStackOverflow(String path) throws Exception {
        byte[] body = bytes("[".repeat(10_000) + "]".repeat(10_000));
        assertRefused(signed(path, body, "application/json"), path, 400, "nesting depth", "REJECTED");
    }

    @ParameterizedTest
    @ValueSource(strings = {WEBHOOKS, WORKFLOW})
    void wrongContentTypeIs400(String path) throws Exception {
        assertRefused(signed(path, bytes(EVENT), "text/plain"), path, 400, "Content-Type must be application/json",
                "REJECTED");
        assertRefused(signed(path, bytes(EVENT), null), path, 400, "Content-Type must be application/json",
                "REJECTED");
    }

    @ParameterizedTest
    @ValueSource(strings = {WEBHOOKS, WORKFLOW})
    void bodyOverTheLimitIs413(String path) throws Exception {
        byte[] body = bytes("[" + " ".repeat(1024 * 1024) + "]");
        assertRefused(signed(path, body, "application/json"), path, 413, "larger than the limit", "REJECTED");
    }

    @Test
    void rejectedDeliveryIsReplayedAfterTheConfigurationIsFixed() throws Exception {
        // HubSpot signed the URL it called; our public base URL was configured wrongly, so the check failed
        String calledUrl = "https://hooks.example.org" + WEBHOOKS;
        long now = System.currentTimeMillis();
        byte[] body = bytes(EVENT.replace("80012399001", "80012399002"));
        HttpResponse<String> refused = HubSpotRequests.post(port, WEBHOOKS, body, "application/json",
                HubSpotRequests.signV3("POST", calledUrl, body, now), now);
        assertThat(refused.statusCode()).isEqualTo(401);
        WebhookDelivery delivery = deliveries.findById(json.readTree(refused.body()).get("deliveryId").asLong())
                .orElseThrow();
        assertThat(delivery.isReplayable()).isTrue();

        // the fix: the public base URL set right (a restart with LEADRELAY_HUBSPOT_PUBLIC_BASE_URL)
        HubSpotProperties fixed = new HubSpotProperties(hubspot.clientSecret(), "https://hooks.example.org",
                hubspot.signatureVersions(), hubspot.maxSignatureAge(), hubspot.properties(),
                hubspot.leadTypeProperty(), hubspot.leadTypes(), hubspot.defaultLeadType());
        HubSpotRequestGate gate = new HubSpotRequestGate(inbox, fixed, meters, DataSize.ofMegabytes(1));

        assertThat(gate.replay(delivery, webhooks).getStatusCode().value()).isEqualTo(200);
        assertThat(deliveries.findById(delivery.getId()).orElseThrow().getVerdict()).isEqualTo("ACCEPTED");
        assertThat(events.findByDeliveryIdOrderById(delivery.getId())).singleElement()
                .extracting(WebhookEvent::getObjectId).isEqualTo("80012399002");
    }

    @Test
    void adminReplaysADeliveryFromTheDeliveriesPage() throws Exception {
        // a delivery stored but never judged (the node died in between) waits for an admin
        byte[] body = bytes(EVENT.replace("80012399001", "80012399003"));
        long now = System.currentTimeMillis();
        Long id = inbox.store(WEBHOOKS, Map.of("content-type", "application/json",
                "x-hubspot-request-timestamp", Long.toString(now),
                "x-hubspot-signature-v3", HubSpotRequests.signV3("POST", HubSpotRequests.PUBLIC_BASE_URL + WEBHOOKS,
                        body, now)), body, true);
        String admin = "replayadmin";
        fixtures.ensureAdmin(admin);
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String page = browser.send(asUser(admin, HttpRequest.newBuilder(url("/deliveries")).GET()),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
        assertThat(page).contains("/deliveries/" + id + "/replay");
        assertThat(csrf.find()).isTrue();

        HttpResponse<String> withoutToken = browser.send(asUser(admin, HttpRequest.newBuilder(
                url("/deliveries/" + id + "/replay")).POST(HttpRequest.BodyPublishers.noBody())),
                HttpResponse.BodyHandlers.ofString());
        assertThat(withoutToken.statusCode()).isEqualTo(403);
        HttpResponse<String> replayed = browser.send(asUser(admin, HttpRequest.newBuilder(
                url("/deliveries/" + id + "/replay"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + csrf.group(1)))), HttpResponse.BodyHandlers.ofString());

        assertThat(replayed.statusCode()).isEqualTo(302);
        assertThat(deliveries.findById(id).orElseThrow().getVerdict()).isEqualTo("ACCEPTED");
        assertThat(events.findByDeliveryIdOrderById(id)).hasSize(1);
        assertThat(HubSpotRequests.get(port, "/deliveries", null).statusCode()).isNotEqualTo(200);

        // a large body is cut short on the page, and served whole on its own
        byte[] large = bytes("[\"" + "x".repeat(100_000) + "\"]");
        Long largeId = inbox.store(WEBHOOKS, Map.of("content-type", "application/json"), large, true);
        String listed = browser.send(asUser(admin, HttpRequest.newBuilder(url("/deliveries")).GET()),
                HttpResponse.BodyHandlers.ofString()).body();
        assertThat(listed).contains("/deliveries/" + largeId + "/body").doesNotContain("x".repeat(5_000));
        HttpResponse<String> whole = browser.send(asUser(admin, HttpRequest.newBuilder(
                url("/deliveries/" + largeId + "/body")).GET()), HttpResponse.BodyHandlers.ofString());
        assertThat(whole.statusCode()).isEqualTo(200);
        assertThat(whole.body()).isEqualTo(new String(large, java.nio.charset.StandardCharsets.UTF_8));
    }

    // ------------------------------------------------------------------------------------------------------------

    private void assertRefused(HttpResponse<String> response, String path, int status, String detail, String verdict)
            throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = json.readTree(response.body());
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("detail").asText()).contains(detail);
        WebhookDelivery kept = deliveries.findById(problem.get("deliveryId").asLong()).orElseThrow();
        assertThat(kept.getEndpoint()).isEqualTo(path);
        assertThat(kept.getVerdict()).isEqualTo(verdict);
        assertThat(kept.getReason()).contains(detail);
        assertThat(meters.get("leadrelay.hubspot.deliveries.rejected").tags("endpoint", path,
                "status", String.valueOf(status)).counter().count()).isPositive();
        assertThat(events.findByDeliveryIdOrderById(kept.getId())).isEmpty();
    }

    private HttpResponse<String> signed(String path, byte[] body, String contentType) {
        long now = System.currentTimeMillis();
        return HubSpotRequests.post(port, path, body, contentType,
                HubSpotRequests.signV3("POST", HubSpotRequests.PUBLIC_BASE_URL + path, body, now), now);
    }

    private HttpRequest asUser(String user, HttpRequest.Builder request) {
        return request.header("Authorization", "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8))).build();
    }

    private URI url(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[]... parts) {
        java.io.ByteArrayOutputStream joined = new java.io.ByteArrayOutputStream();
        for (byte[] part : parts) {
            joined.writeBytes(part);
        }
        return joined.toByteArray();
    }

}
