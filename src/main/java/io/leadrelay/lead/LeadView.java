package io.leadrelay.lead;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;

/** A lead as the API shows it; {@code events} only on the single-lead view. */
public record LeadView(
        String id,
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
        String region,
        String leadType,
        String productInterest,
        String message,
        LeadStatus status,
        String partnerKey,
        Instant receivedAt,
        Instant updatedAt,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<EventView> events) {

    public record EventView(String type, Instant occurredAt, String actor, String partnerKey, String detail) {
        static EventView of(LeadEvent event) {
            return new EventView(event.getType().name(), event.getOccurredAt(), event.getActor(),
                    event.getPartnerKey(), event.getDetail());
        }
    }

    static LeadView of(Lead lead, List<LeadEvent> events) {
        return new LeadView(lead.getId(), lead.getHubspotContactId(), lead.getFirstName(), lead.getLastName(),
                lead.getEmail(), lead.getPhone(), lead.getCompany(), lead.getJobTitle(), lead.getWebsite(),
                lead.getIndustry(), lead.getEmployees(), lead.getCountry(), lead.getState(), lead.getCity(),
                lead.getRegion(), lead.getLeadType(), lead.getProductInterest(), lead.getMessage(),
                lead.getStatus(), lead.getPartnerKey(), lead.getReceivedAt(), lead.getUpdatedAt(),
                events == null ? null : events.stream().map(EventView::of).toList());
    }
}
