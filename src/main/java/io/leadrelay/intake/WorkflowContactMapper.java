package io.leadrelay.intake;

import com.fasterxml.jackson.databind.JsonNode;
import io.leadrelay.lead.LeadDetails;
import org.springframework.stereotype.Component;

/**
 * Maps the body of a HubSpot workflow "Send a webhook" action (the legacy contact JSON: {@code vid},
 * {@code canonical-vid}, {@code properties.<name>.value}) to lead details. Property names come from
 * configuration, because every HubSpot portal names its custom properties differently.
 */
@Component
class WorkflowContactMapper {

    private final HubSpotProperties hubspot;

    WorkflowContactMapper(HubSpotProperties hubspot) {
        this.hubspot = hubspot;
    }

    LeadDetails map(JsonNode contact) {
        if (!contact.isObject()) {
            throw new InvalidDeliveryException("The body must be a JSON object (a HubSpot contact)");
        }
        JsonNode properties = contact.path("properties");
        if (!properties.isObject()) {
            throw new InvalidDeliveryException("The contact has no 'properties' object");
        }
        String contactId = contactId(contact, properties);
        return LeadDetails.fromFields(contactId, leadType(propertyValue(properties, hubspot.leadTypeProperty())),
                field -> value(properties, field));
    }

    private String contactId(JsonNode contact, JsonNode properties) {
        for (String field : new String[] {"canonical-vid", "vid"}) {
            JsonNode id = contact.path(field);
            if ((id.isIntegralNumber() && id.canConvertToLong() && id.asLong() > 0)
                    || (id.isTextual() && id.asText().matches("[1-9]\\d{0,18}"))) {
                return id.asText();
            }
            if (!id.isMissingNode() && !id.isNull()) {
                throw new InvalidDeliveryException("'" + field + "' must be a number, got " + id.getNodeType());
            }
        }
        String objectId = propertyValue(properties, "hs_object_id");
        if (objectId != null && objectId.matches("\\d{1,19}")) {
            return objectId;
        }
        throw new InvalidDeliveryException("The contact has no id: neither 'canonical-vid', 'vid' nor hs_object_id");
    }

    private String leadType(String hubspotValue) {
        return hubspot.leadTypeOf(hubspotValue);
    }

    private String value(JsonNode properties, String field) {
        return propertyValue(properties, hubspot.property(field));
    }

    private static String propertyValue(JsonNode properties, String name) {
        JsonNode property = properties.path(name);
        JsonNode value = property.isObject() ? property.path("value") : property;
        if (value.isMissingNode() || value.isNull()) {
            return null;
        }
        if (value.isContainerNode()) {
            throw new InvalidDeliveryException("Property '" + name + "' must be a plain value");
        }
        String text = value.asText().trim();
        return text.isEmpty() ? null : text;
    }
}
