package io.leadrelay.intake;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * One event of a Webhooks API delivery, checked field by field; unknown fields are ignored, as HubSpot asks.
 * Events of the generic {@code object.*} subscriptions for contacts (object type {@code 0-1}) are read as their
 * {@code contact.*} equivalents, so a portal that uses the newer subscriptions loses nothing.
 */
record HubSpotEvent(long eventId, String subscriptionType, String objectId, long occurredAt, Integer attemptNumber,
                    String propertyName, String propertyValue, List<String> mergedObjectIds) {

    static final String CREATION = "contact.creation";
    static final String PROPERTY_CHANGE = "contact.propertyChange";
    static final String MERGE = "contact.merge";
    static final String DELETION = "contact.deletion";
    static final String PRIVACY_DELETION = "contact.privacyDeletion";
    static final List<String> HANDLED = List.of(CREATION, PROPERTY_CHANGE, MERGE, DELETION, PRIVACY_DELETION);
    /** Types after which a contact's earlier creation or trigger must no longer create a lead. */
    static final List<String> REMOVALS = List.of(MERGE, DELETION, PRIVACY_DELETION);

    private static final String CONTACT_OBJECT_TYPE = "0-1";

    boolean handled() {
        return HANDLED.contains(subscriptionType);
    }

    /** Parses the body of a delivery: a JSON array of events. Any fault rejects the whole delivery (400). */
    static List<HubSpotEvent> parseAll(JsonNode body) {
        if (!body.isArray()) {
            throw new InvalidDeliveryException("The body must be a JSON array of events, got " + body.getNodeType());
        }
        List<HubSpotEvent> events = new ArrayList<>();
        for (int i = 0; i < body.size(); i++) {
            events.add(parse(body.get(i), "event[" + i + "]"));
        }
        return events;
    }

    private static HubSpotEvent parse(JsonNode event, String where) {
        if (!event.isObject()) {
            throw new InvalidDeliveryException(where + " must be a JSON object, got " + event.getNodeType());
        }
        String type = text(event, "subscriptionType", where, true);
        String objectTypeId = text(event, "objectTypeId", where, false);
        if (type.startsWith("object.") && CONTACT_OBJECT_TYPE.equals(objectTypeId)) {
            type = "contact." + type.substring("object.".length());
        }
        List<String> merged = new ArrayList<>();
        JsonNode mergedIds = event.path("mergedObjectIds");
        if (!mergedIds.isMissingNode() && !mergedIds.isNull()) {
            if (!mergedIds.isArray()) {
                throw new InvalidDeliveryException(where + ".mergedObjectIds must be an array of ids");
            }
            for (JsonNode id : mergedIds) {
                merged.add(id(id, where + ".mergedObjectIds[]"));
            }
        }
        JsonNode attempt = event.path("attemptNumber");
        if (!attempt.isMissingNode() && !attempt.isNull() && !attempt.canConvertToInt()) {
            throw new InvalidDeliveryException(where + ".attemptNumber must be a number");
        }
        JsonNode value = event.path("propertyValue");
        if (value.isContainerNode()) {
            throw new InvalidDeliveryException(where + ".propertyValue must be a plain value");
        }
        String objectId = id(event.path("objectId"), where + ".objectId");
        if (MERGE.equals(type) && event.hasNonNull("primaryObjectId")) {
            objectId = id(event.get("primaryObjectId"), where + ".primaryObjectId");
        }
        return new HubSpotEvent(
                number(event, "eventId", where),
                type,
                objectId,
                number(event, "occurredAt", where),
                attempt.isNumber() ? attempt.asInt() : null,
                text(event, "propertyName", where, false),
                value.isMissingNode() || value.isNull() ? null : value.asText(),
                List.copyOf(merged));
    }

    private static long number(JsonNode event, String field, String where) {
        JsonNode node = event.path(field);
        if (node.isMissingNode() || node.isNull()) {
            throw new InvalidDeliveryException(where + "." + field + " is missing");
        }
        if (!node.isIntegralNumber() || !node.canConvertToLong()) {
            throw new InvalidDeliveryException(where + "." + field + " must be an integer, got " + node.getNodeType());
        }
        return node.asLong();
    }

    private static String id(JsonNode node, String where) {
        if (node.isIntegralNumber() && node.canConvertToLong() && node.asLong() > 0) {
            return node.asText();
        }
        if (node.isTextual() && node.asText().matches("[1-9]\\d{0,18}")) {
            return node.asText();
        }
        throw new InvalidDeliveryException(where + " must be a positive integer id, got "
                + (node.isMissingNode() ? "nothing" : node.getNodeType().toString()));
    }

    private static String text(JsonNode event, String field, String where, boolean required) {
        JsonNode node = event.path(field);
        if (node.isMissingNode() || node.isNull()) {
            if (required) {
                throw new InvalidDeliveryException(where + "." + field + " is missing");
            }
            return null;
        }
        if (!node.isTextual() || node.asText().isBlank() || node.asText().length() > 200) {
            throw new InvalidDeliveryException(where + "." + field + " must be a non-empty string of at most 200 "
                    + "characters, got " + node.getNodeType());
        }
        return node.asText();
    }
}
