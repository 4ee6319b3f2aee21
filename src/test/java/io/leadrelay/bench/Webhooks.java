package io.leadrelay.bench;

import io.leadrelay.support.HubSpotRequests;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;

/** Signed HubSpot deliveries of the US West sample, each with a contact id of its own (so none is a duplicate). */
final class Webhooks {

    static final String PATH = "/api/hubspot/workflow";
    private static final String SAMPLE_CONTACT = "80012345051";

    private final String sample;
    private final AtomicLong nextContact = new AtomicLong(5_000_000_000L + (System.currentTimeMillis() % 100_000) * 10_000);

    Webhooks() {
        try (var in = HubSpotRequests.class.getResourceAsStream("/hubspot/workflow-contact-us-west-inbound.json")) {
            sample = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Posts one new contact; true when it was acknowledged with 202. */
    boolean deliver(int port) {
        byte[] body = sample.replace(SAMPLE_CONTACT, Long.toString(nextContact.incrementAndGet()))
                .getBytes(StandardCharsets.UTF_8);
        try {
            HttpResponse<String> response = HubSpotRequests.postSigned(port, PATH, body);
            return response.statusCode() == 202;
        } catch (UncheckedIOException | IllegalStateException e) {
            return false;
        }
    }
}
