package io.leadrelay.intake;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * How HubSpot talks to us and how its contacts map to leads.
 *
 * @param clientSecret       the HubSpot app's client secret; signs every request (HUBSPOT_CLIENT_SECRET)
 * @param publicBaseUrl      the URL HubSpot calls, as HubSpot sees it (behind a TLS proxy the servlet sees another)
 * @param signatureVersions  accepted signature versions: v3 always recommended; v1/v2 only for older workflow actions
 * @param maxSignatureAge    oldest v3 timestamp accepted, in milliseconds
 * @param properties         our lead field to HubSpot contact property name
 * @param leadTypeProperty   the contact property that says what kind of lead it is
 * @param leadTypes          HubSpot lead type value (any case) to our lead type id
 * @param defaultLeadType    lead type for a value that is missing or not in {@code leadTypes}
 */
@Validated
@ConfigurationProperties("leadrelay.hubspot")
public record HubSpotProperties(
        @NotBlank String clientSecret,
        @NotBlank String publicBaseUrl,
        @NotEmpty List<String> signatureVersions,
        long maxSignatureAge,
        @NotEmpty Map<String, String> properties,
        @NotBlank String leadTypeProperty,
        @NotEmpty Map<String, String> leadTypes,
        @NotBlank String defaultLeadType) {

    String property(String field) {
        return properties.getOrDefault(field, field);
    }

    /** Our lead type for a HubSpot lead type value (any case); the default for a missing or unknown one. */
    String leadTypeOf(String hubspotValue) {
        if (hubspotValue == null) {
            return defaultLeadType;
        }
        String key = hubspotValue.trim().toLowerCase(java.util.Locale.ROOT);
        return leadTypes.entrySet().stream()
                .filter(entry -> entry.getKey().toLowerCase(java.util.Locale.ROOT).equals(key))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElse(defaultLeadType);
    }
}
