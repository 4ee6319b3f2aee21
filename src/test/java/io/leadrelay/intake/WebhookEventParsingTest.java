package io.leadrelay.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.leadrelay.lead.LeadDetails;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Reading Webhooks API events and CRM contacts from the real samples, and the retry arithmetic. */
class WebhookEventParsingTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void mixedBatchSampleIsReadEventByEvent() throws IOException {
        List<HubSpotEvent> events = HubSpotEvent.parseAll(json.readTree(sample("02-webhook-batch-mixed.json")));

        assertThat(events).hasSize(9);
        assertThat(events.get(0)).isEqualTo(new HubSpotEvent(4174500011L, "contact.creation", "80012345011",
                1741598091000L, 0, null, null, List.of()));
        // object.creation of object type 0-1 is a contact creation
        assertThat(events.get(3).subscriptionType()).isEqualTo("contact.creation");
        assertThat(events.get(3).objectId()).isEqualTo("80012345014");
        assertThat(events.get(4).handled()).isFalse();
        HubSpotEvent merge = events.get(5);
        assertThat(merge.subscriptionType()).isEqualTo("contact.merge");
        assertThat(merge.objectId()).isEqualTo("80012345016");
        assertThat(merge.mergedObjectIds()).containsExactly("80012345012");
        assertThat(events.get(7).propertyName()).isEqualTo("lead_type");
        assertThat(events.get(7).propertyValue()).isEqualTo("Partner Referral");
    }

    @Test
    void faultsNameTheEventAndField() {
        assertThatThrownBy(() -> HubSpotEvent.parseAll(json.readTree("[{\"eventId\":1}]")))
                .hasMessage("event[0].subscriptionType is missing");
        assertThatThrownBy(() -> HubSpotEvent.parseAll(json.readTree(
                "[{\"eventId\":1,\"subscriptionType\":\"contact.creation\",\"objectId\":1,\"occurredAt\":\"soon\"}]")))
                .hasMessageContaining("event[0].occurredAt must be an integer");
        assertThatThrownBy(() -> HubSpotEvent.parseAll(json.readTree("[[]]")))
                .hasMessageContaining("event[0] must be a JSON object");
        assertThatThrownBy(() -> HubSpotEvent.parseAll(json.readTree(
                "[{\"eventId\":1,\"subscriptionType\":\"contact.merge\",\"objectId\":1,\"occurredAt\":1,"
                        + "\"mergedObjectIds\":5}]")))
                .hasMessageContaining("mergedObjectIds must be an array");
    }

    @Test
    void crmContactSampleMapsToLeadDetailsWithTheConfiguredNames() throws IOException {
        HubSpotProperties properties = WorkflowContactMapperTest.applicationYamlProperties();
        LeadDetails details = new CrmContactMapper(properties).map(json.readTree(sample("07a-crm-v3-contact.json")));

        assertThat(details.hubspotContactId()).isEqualTo("80012345071");
        assertThat(details.firstName()).isEqualTo("Jan");
        assertThat(details.lastName()).isEqualTo("de Vries");
        assertThat(details.company()).isEqualTo("Kestrel Fieldworks BV");
        assertThat(details.jobTitle()).isEqualTo("CTO");
        assertThat(details.employees()).isEqualTo("5-25");
        assertThat(details.country()).isEqualTo("Netherlands");
        assertThat(details.city()).isNull();
        assertThat(details.leadType()).isEqualTo("contact-sales");
        assertThat(new CrmContactMapper(properties).propertyNames()).contains("firstname", "numemployees", "lead_type");
    }

    @Test
    void triggersMatchConfiguredValuesInAnyCase() {
        HubSpotApiProperties api = new HubSpotApiProperties(null, null, null, 0, null,
                Map.of("lifecyclestage", List.of("salesqualifiedlead"), "partner_lead", List.of("true")));

        assertThat(api.isTrigger("lifecyclestage", "SalesQualifiedLead")).isTrue();
        assertThat(api.isTrigger("partner_lead", "true")).isTrue();
        assertThat(api.isTrigger("lifecyclestage", "marketingqualifiedlead")).isFalse();
        assertThat(api.isTrigger("phone", "true")).isFalse();
        assertThat(api.apiBaseUrl()).isEqualTo("https://api.hubapi.com");
    }

    @Test
    void retryAfterIsReadAsSecondsOrHttpDate() {
        assertThat(HubSpotCrmClient.retryAfter("3")).contains(Duration.ofSeconds(3));
        assertThat(HubSpotCrmClient.retryAfter("Wed, 21 Oct 2015 07:28:00 GMT")).contains(Duration.ZERO);
        assertThat(HubSpotCrmClient.retryAfter("soon")).isEmpty();
        assertThat(HubSpotCrmClient.retryAfter(null)).isEmpty();
    }

    @Test
    void eventRetriesBackOffExponentiallyUpToTheCap() {
        WebhookEventProperties properties = new WebhookEventProperties(null, null, Duration.ofSeconds(30),
                Duration.ofMinutes(5), 0);

        assertThat(properties.retryDelay(1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(properties.retryDelay(2)).isEqualTo(Duration.ofSeconds(60));
        assertThat(properties.retryDelay(4)).isEqualTo(Duration.ofSeconds(240));
        assertThat(properties.retryDelay(10)).isEqualTo(Duration.ofMinutes(5));
    }

    private static byte[] sample(String name) throws IOException {
        try (InputStream in = WebhookEventParsingTest.class.getResourceAsStream("/hubspot/" + name)) {
            return in.readAllBytes();
        }
    }
}
