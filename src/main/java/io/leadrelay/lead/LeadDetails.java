package io.leadrelay.lead;

/** What intake knows about a prospect, before it becomes a lead. */
public record LeadDetails(
        String hubspotContactId,
        String firstName,
        String lastName,
        String email,
        String phone,
        String company,
        String jobTitle,
        String website,
        String industry,
        String employees,
        String country,
        String state,
        String city,
        String leadType,
        String productInterest,
        String message) {

    /**
     * Builds the details from a source that answers our field names ("first-name", "company", ...): both HubSpot
     * formats (workflow contact JSON and CRM v3 contact) map that way, each with its own property lookup.
     */
    public static LeadDetails fromFields(String hubspotContactId, String leadType,
                                         java.util.function.Function<String, String> field) {
        return new LeadDetails(hubspotContactId, field.apply("first-name"), field.apply("last-name"),
                field.apply("email"), field.apply("phone"), field.apply("company"), field.apply("job-title"),
                field.apply("website"), field.apply("industry"), field.apply("employees"), field.apply("country"),
                field.apply("state"), field.apply("city"), leadType, field.apply("product-interest"),
                field.apply("message"));
    }
}
