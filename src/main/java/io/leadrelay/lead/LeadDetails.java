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
}
