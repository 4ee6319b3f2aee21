package io.leadrelay.intake;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How we call HubSpot's CRM API, and which contact changes make a partner lead.
 *
 * @param apiBaseUrl       CRM API base URL (LEADRELAY_HUBSPOT_API_BASE_URL), https://api.hubapi.com
 * @param accessToken      private-app access token, sent as bearer token (LEADRELAY_HUBSPOT_ACCESS_TOKEN)
 * @param apiTimeout       connect and read timeout of one CRM call
 * @param apiMaxTries      tries of one CRM call on 429, 5xx and I/O errors before the event is retried later
 * @param apiMaxRetryAfter the longest {@code Retry-After} we wait for inside one try; longer waits fail the try
 * @param leadTriggers     contact property to the values (any case) that make the contact a partner lead
 */
@ConfigurationProperties("leadrelay.hubspot")
public record HubSpotApiProperties(
        String apiBaseUrl,
        String accessToken,
        Duration apiTimeout,
        int apiMaxTries,
        Duration apiMaxRetryAfter,
        Map<String, List<String>> leadTriggers) {

    public HubSpotApiProperties {
        apiBaseUrl = apiBaseUrl == null || apiBaseUrl.isBlank() ? "https://api.hubapi.com" : apiBaseUrl;
        apiTimeout = apiTimeout == null ? Duration.ofSeconds(5) : apiTimeout;
        apiMaxTries = apiMaxTries <= 0 ? 4 : apiMaxTries;
        apiMaxRetryAfter = apiMaxRetryAfter == null ? Duration.ofSeconds(10) : apiMaxRetryAfter;
        leadTriggers = leadTriggers == null ? Map.of() : leadTriggers;
    }

    boolean isTrigger(String property, String value) {
        if (property == null || value == null) {
            return false;
        }
        return leadTriggers.getOrDefault(property, List.of()).stream()
                .anyMatch(wanted -> wanted.trim().toLowerCase(Locale.ROOT).equals(value.trim().toLowerCase(Locale.ROOT)));
    }
}
