package io.leadrelay.intake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;

/**
 * Reads contacts from HubSpot's CRM v3 API with the private-app token. Rate limits (429) and server errors (5xx)
 * are retried a few times with backoff, honouring {@code Retry-After} up to a cap; what still fails is thrown,
 * and the event that needed the contact is retried later by {@link WebhookEventWorker}.
 */
@Component
public class HubSpotCrmClient {

    private static final Logger log = LoggerFactory.getLogger(HubSpotCrmClient.class);
    private static final Duration FIRST_BACKOFF = Duration.ofMillis(500);

    private final RestClient http;
    private final HubSpotApiProperties properties;
    private final CrmContactMapper mapper;
    private final ObjectMapper json = new ObjectMapper();

    HubSpotCrmClient(RestClient.Builder builder, HubSpotApiProperties properties, CrmContactMapper mapper) {
        this.properties = properties;
        this.mapper = mapper;
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(
                HttpClient.newBuilder().connectTimeout(properties.apiTimeout())
                        // no h2c upgrade dance on plain http (test doubles, proxies); HTTPS still negotiates
                        .version(HttpClient.Version.HTTP_1_1).build());
        requests.setReadTimeout(properties.apiTimeout());
        RestClient.Builder configured = builder.clone().baseUrl(properties.apiBaseUrl()).requestFactory(requests);
        if (properties.accessToken() != null && !properties.accessToken().isBlank()) {
            configured.defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + properties.accessToken());
        }
        this.http = configured.build();
    }

    /** A failure worth retrying later; its message says what HubSpot answered. */
    public static class CrmUnavailableException extends RuntimeException {
        CrmUnavailableException(String message) {
            super(message);
        }
    }

    private record Answer(int status, String retryAfter, byte[] body) {
    }

    /** The contact as CRM v3 JSON, or empty if HubSpot does not know it (deleted, or merged away). */
    Optional<JsonNode> fetchContact(String contactId) {
        String properties = String.join(",", mapper.propertyNames());
        Answer answer = withRetries("contact " + contactId, () -> http.get()
                .uri(uri -> uri.path("/crm/v3/objects/contacts/{id}")
                        .queryParam("properties", properties)
                        .queryParam("archived", "false")
                        .build(contactId))
                .exchange((request, response) -> answer(response)));
        return answer.status() == 404 ? Optional.empty() : Optional.of(parse(answer.body()));
    }

    /**
     * One page of contacts created at or after {@code since}, oldest first (CRM search; the polling fallback).
     * HubSpot's search answers at most 10,000 results per query and shows new contacts only after a few seconds.
     *
     * @param after the paging cursor of the previous page, or null for the first
     */
    JsonNode searchCreatedSince(java.time.Instant since, String after, int limit) {
        java.util.Map<String, Object> query = new java.util.LinkedHashMap<>();
        query.put("filterGroups", java.util.List.of(java.util.Map.of("filters", java.util.List.of(java.util.Map.of(
                "propertyName", "createdate", "operator", "GTE", "value", Long.toString(since.toEpochMilli()))))));
        query.put("sorts", java.util.List.of(java.util.Map.of("propertyName", "createdate", "direction", "ASCENDING")));
        query.put("properties", java.util.List.copyOf(mapper.propertyNames()));
        query.put("limit", limit);
        if (after != null) {
            query.put("after", after);
        }
        Answer answer = withRetries("contact search", () -> http.post()
                .uri("/crm/v3/objects/contacts/search")
                .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                .body(query)
                .exchange((request, response) -> answer(response)));
        if (answer.status() == 404) {
            throw new CrmUnavailableException("HubSpot CRM answered 404 to the contact search");
        }
        return parse(answer.body());
    }

    /**
     * Writes contact properties (sync back).
     *
     * @return false if HubSpot does not know the contact (any more)
     */
    public boolean updateContact(String contactId, java.util.Map<String, String> properties) {
        Answer answer = withRetries("contact update " + contactId, () -> http.patch()
                .uri("/crm/v3/objects/contacts/{id}", contactId)
                .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                .body(java.util.Map.of("properties", properties))
                .exchange((request, response) -> answer(response)));
        return answer.status() != 404;
    }

    /** Calls until 2xx or 404; 429, 5xx and I/O errors are retried with backoff, anything else fails at once. */
    private Answer withRetries(String what, java.util.function.Supplier<Answer> call) {
        Duration backoff = FIRST_BACKOFF;
        for (int attempt = 1; ; attempt++) {
            Answer answer;
            try {
                answer = call.get();
            } catch (ResourceAccessException e) {
                // a timeout or a refused connection counts like a 5xx
                answer = new Answer(599, null, String.valueOf(e.getMessage()).getBytes(StandardCharsets.UTF_8));
            }
            if (answer.status() / 100 == 2 || answer.status() == 404) {
                return answer;
            }
            String problem = "HubSpot CRM answered " + answer.status() + " for " + what;
            boolean retryable = answer.status() == 429 || answer.status() >= 500;
            if (!retryable) {
                // 401/403: a token or scope problem that only a configuration change fixes; visible on the event
                throw new CrmUnavailableException(problem + ": " + abbreviate(answer.body()));
            }
            if (attempt >= properties.apiMaxTries()) {
                throw new CrmUnavailableException(problem + " after " + attempt + " tries: "
                        + abbreviate(answer.body()));
            }
            Duration wait = retryAfter(answer.retryAfter()).orElse(backoff);
            if (wait.compareTo(properties.apiMaxRetryAfter()) > 0) {
                throw new CrmUnavailableException(problem + "; Retry-After " + answer.retryAfter()
                        + " is longer than we wait in one try");
            }
            log.info("{}, try {} of {}, retrying in {} ms: {}", problem, attempt, properties.apiMaxTries(),
                    wait.toMillis(), abbreviate(answer.body()));
            sleep(wait);
            backoff = backoff.multipliedBy(2);
        }
    }

    private static Answer answer(org.springframework.http.client.ClientHttpResponse response) throws IOException {
        return new Answer(response.getStatusCode().value(), response.getHeaders().getFirst(HttpHeaders.RETRY_AFTER),
                response.getBody().readAllBytes());
    }

    /** {@code Retry-After} is either seconds or an HTTP date. */
    static Optional<Duration> retryAfter(String header) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Duration.ofSeconds(Math.max(0, Long.parseLong(header.trim()))));
        } catch (NumberFormatException notSeconds) {
            try {
                ZonedDateTime at = ZonedDateTime.parse(header.trim(), DateTimeFormatter.RFC_1123_DATE_TIME);
                Duration wait = Duration.between(ZonedDateTime.now(at.getZone()), at);
                return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
            } catch (java.time.format.DateTimeParseException notADate) {
                return Optional.empty();
            }
        }
    }

    private JsonNode parse(byte[] body) {
        try {
            // bytes, not a String: Jackson detects UTF-8 itself, so non-ASCII names survive any Content-Type
            return json.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException("HubSpot CRM sent a contact that is not JSON", e);
        }
    }

    private static void sleep(Duration wait) {
        try {
            Thread.sleep(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CrmUnavailableException("Interrupted while waiting to retry the HubSpot CRM");
        }
    }

    private static String abbreviate(byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8);
        return text.length() > 300 ? text.substring(0, 300) : text;
    }
}
