package io.leadrelay.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.leadrelay.lead.LeadDetails;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link WorkflowContactMapper} on the workflow "Send a webhook" sample {@code 05-workflow-contact-v1-full.json}
 * and on hand-made variants, with the property and lead-type mapping of {@code application.yaml}.
 */
class WorkflowContactMapperTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** leadrelay.hubspot.* as in application.yaml (Spring's "[key]" syntax keeps the key as written). */
    static HubSpotProperties applicationYamlProperties() {
        return propertiesWith(Map.of());
    }

    static HubSpotProperties propertiesWith(Map<String, String> propertyOverrides) {
        Map<String, String> leadTypes = new LinkedHashMap<>();
        leadTypes.put("demo request", "demo-request");
        leadTypes.put("demo-request", "demo-request");
        leadTypes.put("contact sales", "contact-sales");
        leadTypes.put("contact-sales", "contact-sales");
        leadTypes.put("inbound", "contact-sales");
        leadTypes.put("trial", "trial-signup");
        leadTypes.put("trial signup", "trial-signup");
        leadTypes.put("trial-signup", "trial-signup");
        leadTypes.put("event", "event");
        leadTypes.put("webinar", "event");
        leadTypes.put("content download", "content-download");
        leadTypes.put("content-download", "content-download");
        leadTypes.put("partner referral", "partner-referral");
        leadTypes.put("partner-referral", "partner-referral");

        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("first-name", "firstname");
        properties.put("last-name", "lastname");
        properties.put("email", "email");
        properties.put("phone", "phone");
        properties.put("company", "company");
        properties.put("job-title", "jobtitle");
        properties.put("website", "website");
        properties.put("industry", "industry");
        properties.put("employees", "numemployees");
        properties.put("country", "country");
        properties.put("state", "state");
        properties.put("city", "city");
        properties.put("product-interest", "product_interest");
        properties.put("message", "message");
        properties.putAll(propertyOverrides);

        return new HubSpotProperties(
                "test-client-secret",
                "https://leads.example.com",
                List.of("v3"),
                300_000L,
                properties,
                "lead_type",
                leadTypes,
                "contact-sales");
    }

    private WorkflowContactMapper mapper;
    private ObjectNode sample;

    @BeforeEach
    void setUp() throws IOException {
        mapper = new WorkflowContactMapper(applicationYamlProperties());
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("hubspot/05-workflow-contact-v1-full.json")) {
            assertThat(in).as("classpath resource hubspot/05-workflow-contact-v1-full.json").isNotNull();
            sample = (ObjectNode) JSON.readTree(in);
        }
    }

    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private ObjectNode sampleProperties() {
        return (ObjectNode) sample.get("properties");
    }

    private void setLeadType(String value) {
        sampleProperties().putObject("lead_type").put("value", value);
    }

    // ---------------------------------------------------------------------------------------------------------
    // the full sample

    @Test
    void fullWorkflowSampleMapsToLeadDetails() {
        LeadDetails lead = mapper.map(sample);

        assertThat(lead).isEqualTo(new LeadDetails(
                "80012345051",
                "Marisol",
                "Okonkwo-Bauer",
                "marisol.okonkwo@northwind.example.com",
                "+1 512-555-0147",
                "Northwind Robotics Inc.",
                "Head of Procurement",
                "https://northwind.example.com",
                "Industrial Automation",
                "100-500",
                "United States",
                "Texas",
                "Austin",
                "contact-sales",
                null,
                "We need 40 AMRs for two warehouses.\nBudget approved for Q3 \u2014 \"urgent\", please call after 3pm CT."));
    }

    @Test
    void contactIdComesFromCanonicalVid() {
        assertThat(mapper.map(sample).hubspotContactId()).isEqualTo("80012345051");
    }

    @Test
    void messageKeepsItsNewlineAndQuotes() {
        String message = mapper.map(sample).message();
        assertThat(message).contains("\n").contains("\"urgent\"").contains("\u2014");
        assertThat(message.lines()).hasSize(2);
    }

    @Test
    void inboundLeadTypeMapsToContactSales() {
        assertThat(mapper.map(sample).leadType()).isEqualTo("contact-sales");
    }

    @Test
    void propertyMissingFromTheContactMapsToNull() {
        assertThat(sampleProperties().has("product_interest")).isFalse();
        assertThat(mapper.map(sample).productInterest()).isNull();
    }

    @Test
    void propertyNamesComeFromConfiguration() {
        mapper = new WorkflowContactMapper(propertiesWith(Map.of("company", "partner_territory", "phone", "mobilephone")));
        LeadDetails lead = mapper.map(sample);
        assertThat(lead.company()).isEqualTo("US-TX");
        assertThat(lead.phone()).isEqualTo("+1 512-555-0199");
    }

    @Test
    void blankPropertyValueMapsToNullAndValuesAreTrimmed() {
        sampleProperties().putObject("company").put("value", "   ");
        sampleProperties().putObject("city").put("value", "  Austin \t");
        LeadDetails lead = mapper.map(sample);
        assertThat(lead.company()).isNull();
        assertThat(lead.city()).isEqualTo("Austin");
    }

    @Test
    void propertyWithNullValueMapsToNull() {
        sampleProperties().putObject("jobtitle").putNull("value");
        assertThat(mapper.map(sample).jobTitle()).isNull();
    }

    @Test
    void plainPropertyValueWithoutValueWrapperIsAccepted() {
        JsonNode contact = json("""
                {"vid": 42, "properties": {"firstname": "Ada", "numemployees": 240}}
                """);
        LeadDetails lead = mapper.map(contact);
        assertThat(lead.firstName()).isEqualTo("Ada");
        assertThat(lead.employees()).isEqualTo("240");
    }

    // ---------------------------------------------------------------------------------------------------------
    // lead type

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource(delimiter = '|', value = {
            "Inbound           | contact-sales",
            "INBOUND           | contact-sales",
            "inbound           | contact-sales",
            "Demo Request      | demo-request",
            "DEMO-REQUEST      | demo-request",
            "Trial             | trial-signup",
            "Trial Signup      | trial-signup",
            "Webinar           | event",
            "Content Download  | content-download",
            "Partner Referral  | partner-referral",
            "'  Partner-Referral  ' | partner-referral"
    })
    void leadTypeMappingIgnoresCaseAndSurroundingSpaces(String hubspotValue, String leadType) {
        setLeadType(hubspotValue);
        assertThat(mapper.map(sample).leadType()).isEqualTo(leadType);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"Cold Call", "demo", "", "   "})
    void unknownOrBlankLeadTypeFallsBackToTheDefault(String hubspotValue) {
        setLeadType(hubspotValue);
        assertThat(mapper.map(sample).leadType()).isEqualTo("contact-sales");
    }

    @Test
    void missingLeadTypeFallsBackToTheDefault() {
        sampleProperties().remove("lead_type");
        assertThat(mapper.map(sample).leadType()).isEqualTo("contact-sales");
    }

    @Test
    void nullLeadTypeFallsBackToTheDefault() {
        sampleProperties().putObject("lead_type").putNull("value");
        assertThat(mapper.map(sample).leadType()).isEqualTo("contact-sales");
    }

    @Test
    void leadTypeFallsBackToAConfiguredDefaultOtherThanContactSales() {
        HubSpotProperties yaml = applicationYamlProperties();
        mapper = new WorkflowContactMapper(new HubSpotProperties(yaml.clientSecret(), yaml.publicBaseUrl(),
                yaml.signatureVersions(), yaml.maxSignatureAge(), yaml.properties(), yaml.leadTypeProperty(),
                yaml.leadTypes(), "event"));
        setLeadType("Something Else");
        assertThat(mapper.map(sample).leadType()).isEqualTo("event");
    }

    // ---------------------------------------------------------------------------------------------------------
    // contact id

    @Test
    void canonicalVidIsPreferredOverVid() {
        sample.put("vid", 111);
        sample.put("canonical-vid", 222);
        assertThat(mapper.map(sample).hubspotContactId()).isEqualTo("222");
    }

    @Test
    void vidIsUsedWhenCanonicalVidIsMissing() {
        sample.remove("canonical-vid");
        sample.put("vid", 111);
        assertThat(mapper.map(sample).hubspotContactId()).isEqualTo("111");
    }

    @Test
    void vidIsUsedWhenCanonicalVidIsNull() {
        sample.putNull("canonical-vid");
        sample.put("vid", 111);
        assertThat(mapper.map(sample).hubspotContactId()).isEqualTo("111");
    }

    @Test
    void numericStringVidIsAccepted() {
        sample.remove("canonical-vid");
        sample.put("vid", "80012345051");
        assertThat(mapper.map(sample).hubspotContactId()).isEqualTo("80012345051");
    }

    @Test
    void hsObjectIdIsUsedWhenThereIsNoVid() {
        sample.remove("canonical-vid");
        sample.remove("vid");
        sampleProperties().putObject("hs_object_id").put("value", "80012345999");
        assertThat(mapper.map(sample).hubspotContactId()).isEqualTo("80012345999");
    }

    @Test
    void contactWithoutAnyIdIsRejected() {
        JsonNode contact = json("""
                {"properties": {"firstname": {"value": "Ada"}, "email": {"value": "ada@example.com"}}}
                """);
        assertThatThrownBy(() -> mapper.map(contact))
                .isInstanceOf(InvalidDeliveryException.class)
                .hasMessageContaining("no id")
                .hasMessageContaining("canonical-vid")
                .hasMessageContaining("hs_object_id");
    }

    @Test
    void nonNumericHsObjectIdDoesNotCountAsAnId() {
        sample.remove("canonical-vid");
        sample.remove("vid");
        sampleProperties().putObject("hs_object_id").put("value", "not-a-number");
        assertThatThrownBy(() -> mapper.map(sample))
                .isInstanceOf(InvalidDeliveryException.class)
                .hasMessageContaining("no id");
    }

    @ParameterizedTest(name = "vid = {0}")
    @ValueSource(strings = {"{\"id\": 1}", "\"abc\"", "[80012345051]", "true", "1.5", "\"\"", "\"-5\"",
            "\"12345678901234567890\""})
    void vidOfTheWrongTypeIsRejected(String vidJson) {
        JsonNode contact = json("{\"vid\": " + vidJson + ", \"properties\": {\"firstname\": {\"value\": \"Ada\"}}}");
        assertThatThrownBy(() -> mapper.map(contact))
                .isInstanceOf(InvalidDeliveryException.class)
                .hasMessageContaining("'vid' must be a number");
    }

    @Test
    void canonicalVidOfTheWrongTypeIsRejectedEvenIfVidIsFine() {
        sample.put("canonical-vid", "abc");
        sample.put("vid", 111);
        assertThatThrownBy(() -> mapper.map(sample))
                .isInstanceOf(InvalidDeliveryException.class)
                .hasMessageContaining("'canonical-vid' must be a number")
                .hasMessageContaining("STRING");
    }

    @Test
    void vidThatIsAnObjectIsRejectedNamingItsType() {
        sample.remove("canonical-vid");
        sample.putObject("vid").put("value", 80012345051L);
        assertThatThrownBy(() -> mapper.map(sample))
                .isInstanceOf(InvalidDeliveryException.class)
                .hasMessage("'vid' must be a number, got OBJECT");
    }

    // ---------------------------------------------------------------------------------------------------------
    // malformed bodies

    @Test
    void arrayBodyIsRejected() {
        JsonNode body = json("[" + sample + "]");
        assertThatThrownBy(() -> mapper.map(body))
                .isInstanceOf(InvalidDeliveryException.class)
                .hasMessage("The body must be a JSON object (a HubSpot contact)");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"\"contact\"", "42", "null", "true"})
    void scalarBodyIsRejected(String body) {
        assertThatThrownBy(() -> mapper.map(json(body)))
                .isInstanceOf(InvalidDeliveryException.class)
                .hasMessageContaining("must be a JSON object");
    }

    @Test
    void contactWithoutPropertiesIsRejected() {
        sample.remove("properties");
        assertThatThrownBy(() -> mapper.map(sample))
                .isInstanceOf(InvalidDeliveryException.class)
                .hasMessage("The contact has no 'properties' object");
    }

    @ParameterizedTest(name = "properties = {0}")
    @ValueSource(strings = {"null", "[]", "\"firstname\"", "7"})
    void contactWhosePropertiesAreNotAnObjectIsRejected(String properties) {
        JsonNode contact = json("{\"vid\": 1, \"properties\": " + properties + "}");
        assertThatThrownBy(() -> mapper.map(contact))
                .isInstanceOf(InvalidDeliveryException.class)
                .hasMessageContaining("'properties'");
    }

    @Test
    void propertyValueThatIsAnObjectIsRejected() {
        sampleProperties().putObject("email").putObject("value").put("primary", "marisol@example.com");
        assertThatThrownBy(() -> mapper.map(sample))
                .isInstanceOf(InvalidDeliveryException.class)
                .hasMessage("Property 'email' must be a plain value");
    }

    @Test
    void propertyValueThatIsAnArrayIsRejected() {
        sampleProperties().putObject("city").putArray("value").add("Austin").add("Dallas");
        assertThatThrownBy(() -> mapper.map(sample))
                .isInstanceOf(InvalidDeliveryException.class)
                .hasMessage("Property 'city' must be a plain value");
    }

    @Test
    void leadTypePropertyThatIsAnObjectIsRejected() {
        sampleProperties().putObject("lead_type").putObject("value").put("label", "Inbound");
        assertThatThrownBy(() -> mapper.map(sample))
                .isInstanceOf(InvalidDeliveryException.class)
                .hasMessage("Property 'lead_type' must be a plain value");
    }
}
