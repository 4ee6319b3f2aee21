package io.leadrelay.notification;

/**
 * Every kind of mail LeadRelay sends. Subject and body text live in {@code messages.properties} under
 * {@code mail.<id>.subject} and {@code mail.<id>.body}; the layout in {@code templates/mail/message.*}.
 */
public enum MailTemplate {
    LEAD_ASSIGNED("lead-assigned", true),
    LEAD_RECYCLED("lead-recycled", true),
    FIRST_REMINDER("first-reminder", false),
    SECOND_REMINDER("second-reminder", false),
    ACCEPT_SLA_BREACHED("accept-sla-breached", true),
    ACT_SLA_BREACHED("act-sla-breached", true),
    LEAD_WITHDRAWN("lead-withdrawn", false),
    LEAD_REMOVED_IN_CRM("lead-removed-in-crm", false),
    NURTURE_CHECK_IN("nurture-check-in", false),
    DEAL_REVIEW_OVERDUE("deal-review-overdue", false),
    DEAL_SENT_BACK("deal-sent-back", false),
    DEAL_REJECTED("deal-rejected", false),
    OPPORTUNITY_CREATED("opportunity-created", false),
    TRIAGE_NEEDED("triage-needed", true),
    NOTE_ADDED("note-added", false),
    PARTNER_UNREACHABLE("partner-unreachable", false);

    private final String id;
    private final boolean showsLeadDetails;

    MailTemplate(String id, boolean showsLeadDetails) {
        this.id = id;
        this.showsLeadDetails = showsLeadDetails;
    }

    public String id() {
        return id;
    }

    /** Whether the mail carries the prospect's personal data (never in a withdrawal to the partner). */
    public boolean showsLeadDetails() {
        return showsLeadDetails;
    }
}
