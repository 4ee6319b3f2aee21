package io.leadrelay.intake;

import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Sales regions by country, and for split countries (the US) by state. Names and codes both work, any case.
 *
 * @param regions region id to the countries (and optionally states) it covers
 */
@ConfigurationProperties("leadrelay")
public record RegionProperties(Map<String, Territory> regions) {

    public record Territory(List<String> countries, List<String> states) {
        public List<String> states() {
            return states == null ? List.of() : states;
        }
    }
}
