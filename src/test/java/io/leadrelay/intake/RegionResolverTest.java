package io.leadrelay.intake;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadrelay.intake.RegionProperties.Territory;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link RegionResolver} with the regions of {@code application.yaml} (leadrelay.regions). */
class RegionResolverTest {

    private static final List<String> US = List.of("United States", "United States of America", "USA", "US");

    /** leadrelay.regions as in application.yaml, in the same order (dach, the whole-country region, comes first). */
    static RegionProperties applicationYamlRegions() {
        Map<String, Territory> regions = new LinkedHashMap<>();
        regions.put("dach", new Territory(List.of("Germany", "Deutschland", "DE", "Austria", "\u00d6sterreich", "AT",
                "Switzerland", "Schweiz", "CH", "Liechtenstein", "LI"), null));
        regions.put("nordics", new Territory(List.of("Sweden", "SE", "Norway", "NO", "Denmark", "DK", "Finland", "FI",
                "Iceland", "IS"), null));
        regions.put("uk-ireland", new Territory(List.of("United Kingdom", "UK", "GB", "Great Britain", "England",
                "Scotland", "Wales", "Northern Ireland", "Ireland", "IE"), null));
        regions.put("us-east", new Territory(US, List.of("Maine", "ME", "New Hampshire", "NH", "Vermont", "VT",
                "Massachusetts", "MA", "Rhode Island", "RI", "Connecticut", "CT", "New York", "NY", "New Jersey", "NJ",
                "Pennsylvania", "PA", "Delaware", "DE", "Maryland", "MD", "Virginia", "VA", "West Virginia", "WV",
                "North Carolina", "NC", "South Carolina", "SC", "Georgia", "GA", "Florida", "FL", "Ohio", "OH",
                "Michigan", "MI", "Indiana", "IN", "Kentucky", "KY", "Tennessee", "TN", "Alabama", "AL",
                "Mississippi", "MS", "District of Columbia", "DC", "Illinois", "IL", "Wisconsin", "WI")));
        regions.put("us-west", new Territory(US, List.of("Washington", "WA", "Oregon", "OR", "California", "CA",
                "Nevada", "NV", "Idaho", "ID", "Montana", "MT", "Wyoming", "WY", "Utah", "UT", "Colorado", "CO",
                "Arizona", "AZ", "New Mexico", "NM", "Texas", "TX", "Oklahoma", "OK", "Kansas", "KS", "Nebraska", "NE",
                "South Dakota", "SD", "North Dakota", "ND", "Minnesota", "MN", "Iowa", "IA", "Missouri", "MO",
                "Arkansas", "AR", "Louisiana", "LA", "Alaska", "AK", "Hawaii", "HI")));
        regions.put("apac", new Territory(List.of("Australia", "AU", "New Zealand", "NZ", "Japan", "JP", "Singapore",
                "SG", "India", "IN", "South Korea", "KR", "Hong Kong", "HK", "Malaysia", "MY", "Indonesia", "ID",
                "Philippines", "PH", "Thailand", "TH", "Vietnam", "VN"), null));
        return new RegionProperties(regions);
    }

    private final RegionResolver resolver = new RegionResolver(applicationYamlRegions());

    @ParameterizedTest(name = "\"{0}\" -> dach")
    @ValueSource(strings = {"Germany", "DE", "de", "germany", "GERMANY", "Deutschland", "  Germany  ", "Austria",
            "\u00d6sterreich", "\u00f6sterreich", "CH", "Liechtenstein"})
    void dachCountriesByNameOrCodeInAnyCase(String country) {
        assertThat(resolver.regionOf(country, null)).isEqualTo("dach");
    }

    @Test
    void stateIsIgnoredForRegionsThatDoNotSplitByState() {
        assertThat(resolver.regionOf("Germany", "Bavaria")).isEqualTo("dach");
    }

    @ParameterizedTest(name = "{0} + {1} -> us-west")
    @CsvSource({
            "United States, Texas",
            "United States, TX",
            "US, tx",
            "USA, California",
            "united states of america, new mexico",
            "US, Hawaii"
    })
    void westernUsStatesResolveToUsWest(String country, String state) {
        assertThat(resolver.regionOf(country, state)).isEqualTo("us-west");
    }

    @ParameterizedTest(name = "{0} + {1} -> us-east")
    @CsvSource({
            "US, NY",
            "US, ny",
            "United States, New York",
            "USA, Florida",
            "us, District of Columbia",
            "US, DE"
    })
    void easternUsStatesResolveToUsEast(String country, String state) {
        assertThat(resolver.regionOf(country, state)).isEqualTo("us-east");
    }

    @Test
    void germanCodeDeIsDachWhileUsStateDeIsDelaware() {
        assertThat(resolver.regionOf("DE", "DE")).isEqualTo("dach");
        assertThat(resolver.regionOf("US", "DE")).isEqualTo("us-east");
    }

    @ParameterizedTest(name = "US + \"{0}\" -> unknown")
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "Ontario", "Puerto Rico"})
    void usWithoutAKnownStateIsUnknown(String state) {
        assertThat(resolver.regionOf("United States", state)).isEqualTo(RegionResolver.UNKNOWN);
        assertThat(resolver.regionOf("US", state)).isEqualTo("unknown");
    }

    @ParameterizedTest(name = "\"{0}\" -> unknown")
    @ValueSource(strings = {"Brazil", "BR", "Atlantis", "", "   ", "Canada"})
    void unknownCountryIsUnknown(String country) {
        assertThat(resolver.regionOf(country, "Texas")).isEqualTo("unknown");
    }

    @Test
    void nullCountryIsUnknown() {
        assertThat(resolver.regionOf(null, null)).isEqualTo("unknown");
        assertThat(resolver.regionOf(null, "Texas")).isEqualTo("unknown");
    }

    @Test
    void texasAloneWithoutCountryIsUnknown() {
        assertThat(resolver.regionOf(null, "TX")).isEqualTo("unknown");
    }

    @Test
    void otherConfiguredRegionsResolveToo() {
        assertThat(resolver.regionOf("NO", null)).isEqualTo("nordics");
        assertThat(resolver.regionOf("United Kingdom", null)).isEqualTo("uk-ireland");
        assertThat(resolver.regionOf("IN", null)).isEqualTo("apac");
    }

    @Test
    void stateSplitRegionsWinRegardlessOfConfigurationOrder() {
        // a whole-country region for the US listed first must not swallow US leads with a known state
        Map<String, Territory> regions = new LinkedHashMap<>();
        regions.put("americas", new Territory(List.of("US", "Canada"), null));
        regions.put("us-west", new Territory(List.of("US"), List.of("Texas")));
        RegionResolver resolver = new RegionResolver(new RegionProperties(regions));

        assertThat(resolver.regionOf("US", "Texas")).isEqualTo("us-west");
        assertThat(resolver.regionOf("US", "Ohio")).isEqualTo("americas");
        assertThat(resolver.regionOf("US", null)).isEqualTo("americas");
    }

    @Test
    void noConfiguredRegionsMeansEverythingIsUnknown() {
        assertThat(new RegionResolver(new RegionProperties(null)).regionOf("Germany", null)).isEqualTo("unknown");
        assertThat(new RegionResolver(new RegionProperties(Map.of())).regionOf("Germany", null)).isEqualTo("unknown");
    }
}
