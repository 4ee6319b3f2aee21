package io.leadrelay.intake;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.InvalidKeyException;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Checks HubSpot request signatures on the raw body bytes, as HubSpot's "Validating requests" page says.
 *
 * <ul>
 *   <li>v3: base64 HMAC-SHA256 keyed with the client secret over method + URI + body + timestamp; the timestamp
 *       may be at most five minutes old; in the URI only twelve escapes are decoded before hashing.</li>
 *   <li>v2: hex SHA-256 of secret + method + URI + body; v1: hex SHA-256 of secret + body (older workflow actions,
 *       accepted only where configured; they have no timestamp and so no replay protection).</li>
 * </ul>
 * All comparisons take constant time.
 */
class HubSpotSignatureVerifier {

    record Verdict(boolean valid, String reason) {
        static final Verdict OK = new Verdict(true, "ok");

        static Verdict invalid(String reason) {
            return new Verdict(false, reason);
        }
    }

    private static final Map<String, String> V3_DECODED = Map.ofEntries(
            Map.entry("%3A", ":"), Map.entry("%2F", "/"), Map.entry("%3F", "?"), Map.entry("%40", "@"),
            Map.entry("%21", "!"), Map.entry("%24", "$"), Map.entry("%27", "'"), Map.entry("%28", "("),
            Map.entry("%29", ")"), Map.entry("%2A", "*"), Map.entry("%2C", ","), Map.entry("%3B", ";"));
    private static final Pattern ESCAPE = Pattern.compile("%[0-9A-Fa-f]{2}");
    private static final Pattern TIMESTAMP = Pattern.compile("\\d{1,16}");

    private final String secret;
    private final java.util.List<String> acceptedVersions;
    private final long maxAgeMillis;
    private final Clock clock;

    HubSpotSignatureVerifier(String secret, java.util.List<String> acceptedVersions, long maxAgeMillis, Clock clock) {
        this.secret = secret;
        this.acceptedVersions = acceptedVersions.stream().map(v -> v.trim().toLowerCase()).toList();
        this.maxAgeMillis = maxAgeMillis;
        this.clock = clock;
    }

    /**
     * @param headers lower-case header names to values
     * @param uri     the full URL HubSpot called (scheme, host, path, query)
     */
    Verdict verify(String method, String uri, byte[] body, Map<String, String> headers) {
        return verify(method, uri, body, headers, true);
    }

    /**
     * As {@link #verify(String, String, byte[], Map)}; with {@code checkAge} false the v3 timestamp may be old.
     * Only for an admin's replay of a delivery we stored ourselves: the five-minute window guards against
     * replays by others, and a replay after a configuration fix always comes later than that.
     */
    Verdict verify(String method, String uri, byte[] body, Map<String, String> headers, boolean checkAge) {
        String v3 = headers.get("x-hubspot-signature-v3");
        if (v3 != null && acceptedVersions.contains("v3")) {
            return verifyV3(method, uri, body, v3, headers.get("x-hubspot-request-timestamp"), checkAge);
        }
        String legacy = headers.get("x-hubspot-signature");
        String version = headers.getOrDefault("x-hubspot-signature-version", "v1").toLowerCase();
        if (legacy != null && acceptedVersions.contains(version)) {
            String expected = switch (version) {
                case "v1" -> sha256Hex(concat(bytes(secret), body));
                case "v2" -> sha256Hex(concat(bytes(secret + method + uri), body));
                default -> null;
            };
            if (expected == null) {
                return Verdict.invalid("unsupported signature version " + version);
            }
            return constantTimeEquals(expected, legacy.toLowerCase()) ? Verdict.OK
                    : Verdict.invalid("signature mismatch (" + version + ")");
        }
        return Verdict.invalid("missing signature: expected X-HubSpot-Signature-v3 (accepted versions: "
                + String.join(", ", acceptedVersions) + ")");
    }

    private Verdict verifyV3(String method, String uri, byte[] body, String signature, String timestamp,
                             boolean checkAge) {
        if (timestamp == null || !TIMESTAMP.matcher(timestamp).matches()) {
            return Verdict.invalid("missing or malformed X-HubSpot-Request-Timestamp");
        }
        long age = clock.millis() - Long.parseLong(timestamp);
        if (checkAge && age > maxAgeMillis) {
            return Verdict.invalid("stale timestamp: signed " + age / 1000 + " s ago");
        }
        if (checkAge && -age > maxAgeMillis) {
            return Verdict.invalid("timestamp is in the future");
        }
        byte[] signed = concat(concat(bytes(method + decodeV3(uri)), body), bytes(timestamp));
        String expected = Base64.getEncoder().encodeToString(hmacSha256(signed));
        return constantTimeEquals(expected, signature) ? Verdict.OK : Verdict.invalid("signature mismatch (v3)");
    }

    static String decodeV3(String uri) {
        Matcher matcher = ESCAPE.matcher(uri);
        StringBuilder decoded = new StringBuilder();
        while (matcher.find()) {
            String escape = matcher.group().toUpperCase();
            matcher.appendReplacement(decoded, Matcher.quoteReplacement(V3_DECODED.getOrDefault(escape, matcher.group())));
        }
        matcher.appendTail(decoded);
        return decoded.toString();
    }

    private byte[] hmacSha256(byte[] message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(bytes(secret), "HmacSHA256"));
            return mac.doFinal(message);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HMAC-SHA256 unavailable", e);
        }
    }

    private static String sha256Hex(byte[] message) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(message));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }

    private static boolean constantTimeEquals(String expected, String actual) {
        return MessageDigest.isEqual(bytes(expected), bytes(actual));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] joined = new byte[first.length + second.length];
        System.arraycopy(first, 0, joined, 0, first.length);
        System.arraycopy(second, 0, joined, first.length, second.length);
        return joined;
    }
}
