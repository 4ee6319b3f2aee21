package io.leadrelay.bench;

import io.leadrelay.support.HubSpotRequests;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Signed HubSpot deliveries of the US West sample, each with a contact id of its own (so none is a duplicate)
 * and moved round-robin through the six sales regions, as a real stream of leads is: assignments lock their
 * region's partners, so a stream from one region only would serialise them all.
 */
final class Webhooks {

    static final String PATH = "/api/hubspot/workflow";
    private static final String SAMPLE_CONTACT = "80012345051";

    /** Country and state that resolve to each region of application.yaml. */
    static final String[][] REGIONS = {{"us-west", "United States", "Texas"}, {"us-east", "United States", "New York"},
            {"dach", "Germany", "Bavaria"}, {"nordics", "Sweden", "Stockholm"}, {"uk-ireland", "Ireland", "Dublin"},
            {"apac", "Japan", "Tokyo"}};

    /** Per region, the sample's text before and after the contact id: a delivery is then two appends, not
     * four replacements over the whole body (which cost the load generator a tenth of the machine's CPU). */
    private final String[][] bodyAroundContact = new String[REGIONS.length][];
    private final AtomicLong nextContact = new AtomicLong(5_000_000_000L + (System.currentTimeMillis() % 100_000) * 10_000);

    Webhooks() {
        String sample;
        try (var in = HubSpotRequests.class.getResourceAsStream("/hubspot/workflow-contact-us-west-inbound.json")) {
            sample = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (int i = 0; i < REGIONS.length; i++) {
            String regional = sample.replace("\"United States\"", "\"" + REGIONS[i][1] + "\"")
                    .replace("\"Texas\"", "\"" + REGIONS[i][2] + "\"").replace("\"TX\"", "\"" + REGIONS[i][2] + "\"");
            bodyAroundContact[i] = regional.split(SAMPLE_CONTACT, -1);
        }
    }

    /** Posts one new contact; true when it was acknowledged with 202. */
    boolean deliver(int port) {
        long contact = nextContact.incrementAndGet();
        String[] parts = bodyAroundContact[(int) (contact % REGIONS.length)];
        byte[] body = String.join(Long.toString(contact), parts).getBytes(StandardCharsets.UTF_8);
        try {
            HttpResponse<String> response = HubSpotRequests.postSigned(port, PATH, body);
            return response.statusCode() == 202;
        } catch (UncheckedIOException | IllegalStateException e) {
            return false;
        }
    }
}
