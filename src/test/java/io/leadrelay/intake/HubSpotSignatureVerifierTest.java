package io.leadrelay.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link HubSpotSignatureVerifier} against HubSpot's published vectors (the same ones {@code sign.py selftest}
 * checks), the signed sample delivery {@code 12a-sig-valid.json}, and tampered variants of it. Expected v3
 * signatures are computed here with {@link Mac} directly, never with the class under test.
 */
class HubSpotSignatureVerifierTest {

    /** The secret of HubSpot's documentation and SDK examples. */
    private static final String DOCS_SECRET = "yyyyyyyy-yyyy-yyyy-yyyy-yyyyyyyyyyyy";
    private static final String DOCS_URI = "https://www.example.com/webhook_uri";
    private static final long FIVE_MINUTES = 300_000L;

    private static Envelope envelope;

    @BeforeAll
    static void loadEnvelope() throws IOException {
        try (InputStream in = HubSpotSignatureVerifierTest.class.getClassLoader()
                .getResourceAsStream("hubspot/12a-sig-valid.json")) {
            assertThat(in).as("classpath resource hubspot/12a-sig-valid.json").isNotNull();
            JsonNode json = new ObjectMapper().readTree(in);
            Map<String, String> headers = new HashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = json.get("headers").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> header = it.next();
                headers.put(header.getKey().toLowerCase(Locale.ROOT), header.getValue().asText());
            }
            envelope = new Envelope(
                    json.get("clientSecret").asText(),
                    json.get("method").asText(),
                    json.get("url").asText(),
                    json.get("nowMs").asLong(),
                    json.get("body").asText().getBytes(StandardCharsets.UTF_8),
                    Map.copyOf(headers));
        }
    }

    record Envelope(String secret, String method, String url, long nowMs, byte[] body, Map<String, String> headers) {

        long timestamp() {
            return Long.parseLong(headers.get("x-hubspot-request-timestamp"));
        }

        Map<String, String> headersWith(String name, String value) {
            Map<String, String> copy = new HashMap<>(headers);
            if (value == null) {
                copy.remove(name);
            } else {
                copy.put(name, value);
            }
            return copy;
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // helpers

    private static Clock clockAt(long epochMillis) {
        return Clock.fixed(Instant.ofEpochMilli(epochMillis), ZoneOffset.UTC);
    }

    private static HubSpotSignatureVerifier verifier(String secret, List<String> versions, long nowMs) {
        return new HubSpotSignatureVerifier(secret, versions, FIVE_MINUTES, clockAt(nowMs));
    }

    private static HubSpotSignatureVerifier envelopeVerifier(List<String> versions) {
        return verifier(envelope.secret(), versions, envelope.nowMs());
    }

    /** base64(HMAC-SHA256(secret, method + uri + body + timestamp)), computed independently of the verifier. */
    private static String hmacV3(String secret, String method, String signedUri, byte[] body, String timestamp) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update((method + signedUri).getBytes(StandardCharsets.UTF_8));
            mac.update(body);
            mac.update(timestamp.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(mac.doFinal());
        } catch (GeneralSecurityException e) {
            throw new AssertionError(e);
        }
    }

    private static Map<String, String> v3Headers(String signature, String timestamp) {
        Map<String, String> headers = new HashMap<>();
        headers.put("content-type", "application/json");
        if (signature != null) {
            headers.put("x-hubspot-signature-v3", signature);
        }
        if (timestamp != null) {
            headers.put("x-hubspot-request-timestamp", timestamp);
        }
        return headers;
    }

    private static Map<String, String> legacyHeaders(String version, String signature) {
        return Map.of("x-hubspot-signature-version", version, "x-hubspot-signature", signature);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    // ---------------------------------------------------------------------------------------------------------

    @Nested
    class PublishedHubSpotVectors {

        @Test
        void docsV1ExampleIsAccepted() {
            byte[] body = utf8("[{\"eventId\":1,\"subscriptionId\":12345,\"portalId\":62515,\"occurredAt\":1564113600000,"
                    + "\"subscriptionType\":\"contact.creation\",\"attemptNumber\":0,\"objectId\":123,"
                    + "\"changeSource\":\"CRM\",\"changeFlag\":\"NEW\",\"appId\":54321}]");
            var verdict = verifier(DOCS_SECRET, List.of("v1"), 0).verify("POST", DOCS_URI, body,
                    legacyHeaders("v1", "232db2615f3d666fe21a8ec971ac7b5402d33b9a925784df3ca654d05f4817de"));
            assertThat(verdict.valid()).as(verdict.reason()).isTrue();
        }

        @Test
        void docsV2GetExampleWithEmptyBodyIsAccepted() {
            var verdict = verifier(DOCS_SECRET, List.of("v2"), 0).verify("GET", DOCS_URI, new byte[0],
                    legacyHeaders("v2", "eee2dddcc73c94d699f5e395f4b9d454a069a6855fbfa152e91e88823087200e"));
            assertThat(verdict.valid()).as(verdict.reason()).isTrue();
        }

        @Test
        void docsV2PostExampleIsAccepted() {
            var verdict = verifier(DOCS_SECRET, List.of("v2"), 0).verify("POST", DOCS_URI,
                    utf8("{\"example_field\":\"example_value\"}"),
                    legacyHeaders("v2", "9569219f8ba981ffa6f6f16aa0f48637d35d728c7e4d93d0d52efaa512af7900"));
            assertThat(verdict.valid()).as(verdict.reason()).isTrue();
        }

        @Test
        void sdkV1VectorIsAccepted() {
            var verdict = verifier(DOCS_SECRET, List.of("v1"), 0).verify("POST", DOCS_URI,
                    utf8("{'example_field':'example_value'}"),
                    legacyHeaders("v1", "69fc6631a867edd4f9e9e627fc5c1148e3fbdd8b21837b6d2b8901c1fa57f750"));
            assertThat(verdict.valid()).as(verdict.reason()).isTrue();
        }

        @Test
        void sdkV2VectorIsAccepted() {
            var verdict = verifier(DOCS_SECRET, List.of("v2"), 0).verify("POST", DOCS_URI,
                    utf8("{'example_field':'example_value'}"),
                    legacyHeaders("v2", "4fe4e3a7d3cf09db53be39d0a58130e2aaba074ec123a9e355b876a689a1c383"));
            assertThat(verdict.valid()).as(verdict.reason()).isTrue();
        }

        @Test
        void sdkV3VectorIsAcceptedWithItsTimestampAsNow() {
            var verdict = verifier(DOCS_SECRET, List.of("v3"), 15_000_000L).verify("POST", DOCS_URI,
                    utf8("{'example_field':'example_value'}"),
                    v3Headers("HPW73RUtKmcYoEDADG0s6MmGFWUzWJKAW07r8RDgcQw=", "15000000"));
            assertThat(verdict).isEqualTo(new HubSpotSignatureVerifier.Verdict(true, "ok"));
        }

        @Test
        void independentHmacHelperReproducesTheSdkV3Vector() {
            // guards the helper the other tests use for their expected values
            assertThat(hmacV3(DOCS_SECRET, "POST", DOCS_URI, utf8("{'example_field':'example_value'}"), "15000000"))
                    .isEqualTo("HPW73RUtKmcYoEDADG0s6MmGFWUzWJKAW07r8RDgcQw=");
        }

        @Test
        void legacyHexSignatureIsComparedCaseInsensitively() {
            var verdict = verifier(DOCS_SECRET, List.of("v2"), 0).verify("POST", DOCS_URI,
                    utf8("{\"example_field\":\"example_value\"}"),
                    legacyHeaders("v2", "9569219F8BA981FFA6F6F16AA0F48637D35D728C7E4D93D0D52EFAA512AF7900"));
            assertThat(verdict.valid()).as(verdict.reason()).isTrue();
        }

        @Test
        void v2SignatureOverAnotherUriIsRejected() {
            var verdict = verifier(DOCS_SECRET, List.of("v2"), 0).verify("POST", DOCS_URI + "/",
                    utf8("{\"example_field\":\"example_value\"}"),
                    legacyHeaders("v2", "9569219f8ba981ffa6f6f16aa0f48637d35d728c7e4d93d0d52efaa512af7900"));
            assertThat(verdict.valid()).isFalse();
            assertThat(verdict.reason()).contains("mismatch");
        }
    }

    // ---------------------------------------------------------------------------------------------------------

    @Nested
    class SignedSampleDelivery {

        @Test
        void signedSampleDeliveryIsAccepted() {
            var verdict = envelopeVerifier(List.of("v3"))
                    .verify(envelope.method(), envelope.url(), envelope.body(), envelope.headers());
            assertThat(verdict).isEqualTo(new HubSpotSignatureVerifier.Verdict(true, "ok"));
        }

        @Test
        void independentHmacHelperReproducesTheSampleSignature() {
            assertThat(hmacV3(envelope.secret(), envelope.method(), envelope.url(), envelope.body(),
                    envelope.headers().get("x-hubspot-request-timestamp")))
                    .isEqualTo(envelope.headers().get("x-hubspot-signature-v3"));
        }

        @Test
        void bodyWithOneByteChangedIsRejected() {
            byte[] tampered = envelope.body().clone();
            int index = new String(tampered, StandardCharsets.UTF_8).indexOf("80012345001") + 10;
            tampered[index] = (byte) '2'; // objectId 80012345001 -> 80012345002
            var verdict = envelopeVerifier(List.of("v3"))
                    .verify(envelope.method(), envelope.url(), tampered, envelope.headers());
            assertThat(verdict.valid()).isFalse();
            assertThat(verdict.reason()).contains("signature mismatch");
        }

        @Test
        void bodyWithTrailingNewlineRemovedIsRejected() {
            byte[] body = envelope.body();
            byte[] trimmed = java.util.Arrays.copyOf(body, body.length - 1);
            var verdict = envelopeVerifier(List.of("v3"))
                    .verify(envelope.method(), envelope.url(), trimmed, envelope.headers());
            assertThat(verdict.valid()).isFalse();
        }

        @Test
        void verifierConfiguredWithAnotherSecretRejectsTheSample() {
            var verdict = verifier("00000000-0000-0000-0000-000000000000", List.of("v3"), envelope.nowMs())
                    .verify(envelope.method(), envelope.url(), envelope.body(), envelope.headers());
            assertThat(verdict.valid()).isFalse();
            assertThat(verdict.reason()).contains("signature mismatch");
        }

        @Test
        void requestSignedWithAnotherSecretIsRejected() {
            String ts = envelope.headers().get("x-hubspot-request-timestamp");
            String forged = hmacV3("not-the-client-secret", envelope.method(), envelope.url(), envelope.body(), ts);
            var verdict = envelopeVerifier(List.of("v3")).verify(envelope.method(), envelope.url(), envelope.body(),
                    envelope.headersWith("x-hubspot-signature-v3", forged));
            assertThat(verdict.valid()).isFalse();
            assertThat(verdict.reason()).contains("signature mismatch");
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {
                "https://leads.example.org/api/hubspot/webhooks",     // other host
                "https://evil.example.com/api/hubspot/webhooks",      // other host
                "https://leads.example.com/api/hubspot/webhooks/",    // trailing slash
                "http://leads.example.com/api/hubspot/webhooks",      // other scheme
                "https://leads.example.com:8443/api/hubspot/webhooks", // port added
                "/api/hubspot/webhooks",                               // path only, as the servlet sees it
                "https://leads.example.com/api/hubspot/webhooks?x=1"  // query added
        })
        void sampleSignatureIsRejectedForAnyOtherUrl(String url) {
            var verdict = envelopeVerifier(List.of("v3"))
                    .verify(envelope.method(), url, envelope.body(), envelope.headers());
            assertThat(verdict.valid()).isFalse();
            assertThat(verdict.reason()).contains("signature mismatch");
        }

        @Test
        void sampleSignatureIsRejectedForAnotherMethod() {
            var verdict = envelopeVerifier(List.of("v3"))
                    .verify("PUT", envelope.url(), envelope.body(), envelope.headers());
            assertThat(verdict.valid()).isFalse();
        }

        @Test
        void signatureForAnotherTimestampIsRejected() {
            String otherTs = String.valueOf(envelope.timestamp() + 1);
            var verdict = envelopeVerifier(List.of("v3")).verify(envelope.method(), envelope.url(), envelope.body(),
                    envelope.headersWith("x-hubspot-request-timestamp", otherTs));
            assertThat(verdict.valid()).isFalse();
            assertThat(verdict.reason()).contains("signature mismatch");
        }
    }

    // ---------------------------------------------------------------------------------------------------------

    @Nested
    class TimestampWindow {

        @Test
        void timestampExactlyFiveMinutesOldIsAccepted() {
            var verdict = verifier(envelope.secret(), List.of("v3"), envelope.timestamp() + 300_000L)
                    .verify(envelope.method(), envelope.url(), envelope.body(), envelope.headers());
            assertThat(verdict.valid()).as(verdict.reason()).isTrue();
        }

        @Test
        void timestampFiveMinutesAndOneMillisecondOldIsRejectedAsStale() {
            var verdict = verifier(envelope.secret(), List.of("v3"), envelope.timestamp() + 300_001L)
                    .verify(envelope.method(), envelope.url(), envelope.body(), envelope.headers());
            assertThat(verdict.valid()).isFalse();
            assertThat(verdict.reason()).contains("stale");
        }

        @Test
        void timestampHoursOldIsRejectedAsStale() {
            var verdict = verifier(envelope.secret(), List.of("v3"), envelope.timestamp() + 6 * 3_600_000L)
                    .verify(envelope.method(), envelope.url(), envelope.body(), envelope.headers());
            assertThat(verdict.valid()).isFalse();
            assertThat(verdict.reason()).contains("stale");
        }

        @Test
        void timestampMoreThanFiveMinutesInTheFutureIsRejected() {
            var verdict = verifier(envelope.secret(), List.of("v3"), envelope.timestamp() - 300_001L)
                    .verify(envelope.method(), envelope.url(), envelope.body(), envelope.headers());
            assertThat(verdict.valid()).isFalse();
            assertThat(verdict.reason()).contains("future");
        }

        @Test
        void timestampAnHourInTheFutureIsRejected() {
            var verdict = verifier(envelope.secret(), List.of("v3"), envelope.timestamp() - 3_600_000L)
                    .verify(envelope.method(), envelope.url(), envelope.body(), envelope.headers());
            assertThat(verdict.valid()).isFalse();
            assertThat(verdict.reason()).contains("future");
        }

        @Test
        void timestampSlightlyAheadOfOurClockIsAccepted() {
            var verdict = verifier(envelope.secret(), List.of("v3"), envelope.timestamp() - 2_000L)
                    .verify(envelope.method(), envelope.url(), envelope.body(), envelope.headers());
            assertThat(verdict.valid()).as(verdict.reason()).isTrue();
        }

        @ParameterizedTest(name = "timestamp \"{0}\"")
        @ValueSource(strings = {"", " ", "abc", "-1741598103000", "+1741598103000", "1741598103000.0",
                " 1741598103000", "1741598103000 ", "1.741598103E12", "0x195806D8ED8", "12345678901234567",
                "\u0661\u0667\u0664\u0661"}) // Arabic-Indic digits
        void malformedTimestampIsRejectedEvenWhenTheSignatureCoversIt(String timestamp) {
            String signature = hmacV3(envelope.secret(), envelope.method(), envelope.url(), envelope.body(), timestamp);
            var verdict = envelopeVerifier(List.of("v3")).verify(envelope.method(), envelope.url(), envelope.body(),
                    v3Headers(signature, timestamp));
            assertThat(verdict.valid()).isFalse();
            assertThat(verdict.reason()).containsIgnoringCase("timestamp");
        }

        @Test
        void missingTimestampIsRejected() {
            var verdict = envelopeVerifier(List.of("v3")).verify(envelope.method(), envelope.url(), envelope.body(),
                    envelope.headersWith("x-hubspot-request-timestamp", null));
            assertThat(verdict.valid()).isFalse();
            assertThat(verdict.reason()).contains("X-HubSpot-Request-Timestamp");
        }
    }

    // ---------------------------------------------------------------------------------------------------------

    @Nested
    class SignatureVersions {

        @Test
        void requestWithoutAnySignatureHeaderIsRejected() {
            var verdict = envelopeVerifier(List.of("v3")).verify(envelope.method(), envelope.url(), envelope.body(),
                    Map.of("content-type", "application/json",
                            "x-hubspot-request-timestamp", envelope.headers().get("x-hubspot-request-timestamp")));
            assertThat(verdict.valid()).isFalse();
            assertThat(verdict.reason()).contains("missing signature");
        }

        @Test
        void emptyHeaderMapIsRejected() {
            var verdict = envelopeVerifier(List.of("v3", "v1"))
                    .verify(envelope.method(), envelope.url(), envelope.body(), Map.of());
            assertThat(verdict.valid()).isFalse();
            assertThat(verdict.reason()).contains("missing signature");
        }

        @Test
        void validV1SignatureAloneIsRejectedWhenOnlyV3IsAccepted() {
            Map<String, String> v1Only = envelope.headersWith("x-hubspot-signature-v3", null);
            var verdict = envelopeVerifier(List.of("v3"))
                    .verify(envelope.method(), envelope.url(), envelope.body(), v1Only);
            assertThat(verdict.valid()).isFalse();
            assertThat(verdict.reason()).contains("missing signature");
        }

        @Test
        void validV1SignatureAloneIsAcceptedWhenV1IsConfigured() {
            Map<String, String> v1Only = envelope.headersWith("x-hubspot-signature-v3", null);
            var verdict = envelopeVerifier(List.of("v3", "v1"))
                    .verify(envelope.method(), envelope.url(), envelope.body(), v1Only);
            assertThat(verdict.valid()).as(verdict.reason()).isTrue();
        }

        @Test
        void v1SignatureIsCheckedAgainstTheBodyWhenV1IsConfigured() {
            Map<String, String> v1Only = envelope.headersWith("x-hubspot-signature-v3", null);
            byte[] tampered = envelope.body().clone();
            tampered[5] ^= 1;
            var verdict = envelopeVerifier(List.of("v1")).verify(envelope.method(), envelope.url(), tampered, v1Only);
            assertThat(verdict.valid()).isFalse();
            assertThat(verdict.reason()).contains("signature mismatch (v1)");
        }

        @Test
        void v1SignatureWithoutVersionHeaderIsTreatedAsV1() {
            Map<String, String> headers = Map.of("x-hubspot-signature", envelope.headers().get("x-hubspot-signature"));
            var verdict = envelopeVerifier(List.of("v1"))
                    .verify(envelope.method(), envelope.url(), envelope.body(), headers);
            assertThat(verdict.valid()).as(verdict.reason()).isTrue();
        }

        @Test
        void v2SignatureIsRejectedWhenOnlyV1IsConfigured() {
            var verdict = verifier(DOCS_SECRET, List.of("v1"), 0).verify("POST", DOCS_URI,
                    utf8("{\"example_field\":\"example_value\"}"),
                    legacyHeaders("v2", "9569219f8ba981ffa6f6f16aa0f48637d35d728c7e4d93d0d52efaa512af7900"));
            assertThat(verdict.valid()).isFalse();
        }

        @Test
        void tamperedV3SignatureIsRejectedEvenIfAValidV1SignatureIsAlsoPresent() {
            // v3 wins when accepted: a forged v3 must not be rescued by the weaker v1 signature
            var verdict = envelopeVerifier(List.of("v3", "v1")).verify(envelope.method(), envelope.url(),
                    envelope.body(), envelope.headersWith("x-hubspot-signature-v3",
                            "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA="));
            assertThat(verdict.valid()).isFalse();
            assertThat(verdict.reason()).contains("signature mismatch (v3)");
        }
    }

    // ---------------------------------------------------------------------------------------------------------

    @Nested
    class UriDecodingAndEncoding {

        @ParameterizedTest(name = "\"{0}\" -> \"{1}\"")
        @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
                "%3a%40%20%26 | :@%20%26",
                "https://x.example.com/a%2Fb?p=%3a%40%20%26 | https://x.example.com/a/b?p=:@%20%26",
                "%3A%2F%3F%40%21%24%27%28%29%2A%2C%3B | \":/?@!$'()*,;\"",
                "%3a%2f%3f%40%21%24%27%28%29%2a%2c%3b | \":/?@!$'()*,;\"",
                "%20%26%3D%23%25%2B%22%5B%5D%7E | %20%26%3D%23%25%2B%22%5B%5D%7E",
                "%252F | %252F",
                "%2 | %2",
                "100% | 100%",
                "%zz%3A | %zz:",
                "/plain/path?q=1 | /plain/path?q=1"
        })
        void decodeV3DecodesOnlyTheTwelveListedEscapes(String encoded, String decoded) {
            assertThat(HubSpotSignatureVerifier.decodeV3(encoded)).isEqualTo(decoded);
        }

        @Test
        void decodeV3KeepsAnEmptyUriEmpty() {
            assertThat(HubSpotSignatureVerifier.decodeV3("")).isEmpty();
        }

        @Test
        void v3SignatureOverTheDecodedUriIsAcceptedForTheEncodedUri() {
            String calledUrl = "https://leads.example.com/api/hubspot/webhooks?portal=24681357%3Aprod&name=a%20b%26c";
            String signedUrl = "https://leads.example.com/api/hubspot/webhooks?portal=24681357:prod&name=a%20b%26c";
            String ts = String.valueOf(envelope.nowMs() - 1_000L);
            String signature = hmacV3(envelope.secret(), "POST", signedUrl, envelope.body(), ts);
            var verdict = envelopeVerifier(List.of("v3"))
                    .verify("POST", calledUrl, envelope.body(), v3Headers(signature, ts));
            assertThat(verdict.valid()).as(verdict.reason()).isTrue();
        }

        @Test
        void v3SignatureOverAFullyDecodedUriIsRejected() {
            // %20 is not in HubSpot's list, so a signature over a URI with a literal space cannot match
            String calledUrl = "https://leads.example.com/api/hubspot/webhooks?name=a%20b";
            String wronglyDecoded = "https://leads.example.com/api/hubspot/webhooks?name=a b";
            String ts = String.valueOf(envelope.nowMs());
            String signature = hmacV3(envelope.secret(), "POST", wronglyDecoded, envelope.body(), ts);
            var verdict = envelopeVerifier(List.of("v3"))
                    .verify("POST", calledUrl, envelope.body(), v3Headers(signature, ts));
            assertThat(verdict.valid()).isFalse();
        }

        @Test
        void nonAsciiBodySignedOverItsUtf8BytesIsAccepted() {
            // "Jürgen Weiß", written with escapes so the test does not depend on the source file's encoding
            String text = "[{\"firstname\":\"J\u00fcrgen\",\"lastname\":\"Wei\u00df\",\"city\":\"M\u00fcnchen\"}]";
            byte[] body = utf8(text);
            assertThat(body).hasSize(text.length() + 3); // three two-byte characters
            String ts = String.valueOf(envelope.nowMs() - 500L);
            String signature = hmacV3(envelope.secret(), "POST", envelope.url(), body, ts);
            var verdict = envelopeVerifier(List.of("v3"))
                    .verify("POST", envelope.url(), body, v3Headers(signature, ts));
            assertThat(verdict.valid()).as(verdict.reason()).isTrue();
        }

        @Test
        void nonAsciiBodySignedOverOtherBytesThanReceivedIsRejected() {
            String text = "[{\"firstname\":\"J\u00fcrgen\",\"lastname\":\"Wei\u00df\"}]";
            String ts = String.valueOf(envelope.nowMs());
            String signatureOverLatin1 = hmacV3(envelope.secret(), "POST", envelope.url(),
                    text.getBytes(StandardCharsets.ISO_8859_1), ts);
            var verdict = envelopeVerifier(List.of("v3"))
                    .verify("POST", envelope.url(), utf8(text), v3Headers(signatureOverLatin1, ts));
            assertThat(verdict.valid()).isFalse();
        }
    }
}
