package io.leadrelay.intake;

import com.fasterxml.jackson.databind.JsonNode;
import io.leadrelay.lead.LeadDetails;
import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Maps a CRM v3 contact ({@code {"id", "properties": {name: string|null}}}) to lead details, with the same
 * property-name configuration as {@link WorkflowContactMapper}: one portal, one set of names.
 */
@Component
class CrmContactMapper {

    private static final String[] FIELDS = {"first-name", "last-name", "email", "phone", "company", "job-title",
            "website", "industry", "employees", "country", "state", "city", "product-interest", "message"};

    private final HubSpotProperties hubspot;

    CrmContactMapper(HubSpotProperties hubspot) {
        this.hubspot = hubspot;
    }

    /** The contact properties to ask the CRM for: every mapped one and the lead type. */
    Set<String> propertyNames() {
        Set<String> names = new LinkedHashSet<>();
        for (String field : FIELDS) {
            names.add(hubspot.property(field));
        }
        names.add(hubspot.leadTypeProperty());
        return names;
    }

    LeadDetails map(JsonNode contact) {
        JsonNode id = contact.path("id");
        if (!id.isValueNode() || !id.asText().matches("[1-9]\\d{0,18}")) {
            throw new IllegalStateException("The CRM contact has no numeric id: " + id);
        }
        JsonNode properties = contact.path("properties");
        return LeadDetails.fromFields(id.asText(),
                hubspot.leadTypeOf(text(properties.path(hubspot.leadTypeProperty()))),
                field -> value(properties, field));
    }

    private String value(JsonNode properties, String field) {
        return text(properties.path(hubspot.property(field)));
    }

    private static String text(JsonNode value) {
        if (!value.isValueNode() || value.isNull()) {
            return null;
        }
        String text = value.asText().trim();
        return text.isEmpty() ? null : text;
    }
}
