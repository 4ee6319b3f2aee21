package io.leadrelay.intake;

import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Finds a lead's sales region from its country and state; unknown places get region {@code unknown}. */
@Component
class RegionResolver {

    static final String UNKNOWN = "unknown";

    private final RegionProperties properties;

    RegionResolver(RegionProperties properties) {
        this.properties = properties;
    }

    String regionOf(String country, String state) {
        if (country == null || properties.regions() == null) {
            return UNKNOWN;
        }
        // regions that name states are more specific than whole countries, so they are tried first
        return properties.regions().entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<String, RegionProperties.Territory> e) ->
                        e.getValue().states().isEmpty()))
                .filter(e -> containsIgnoringCase(e.getValue().countries(), country))
                .filter(e -> e.getValue().states().isEmpty() || containsIgnoringCase(e.getValue().states(), state))
                .map(Map.Entry::getKey)
                .findFirst()
                .orElse(UNKNOWN);
    }

    private static boolean containsIgnoringCase(java.util.List<String> values, String wanted) {
        if (wanted == null || values == null) {
            return false;
        }
        String normalised = wanted.trim().toLowerCase(Locale.ROOT);
        return values.stream().anyMatch(value -> value.toLowerCase(Locale.ROOT).equals(normalised));
    }
}
