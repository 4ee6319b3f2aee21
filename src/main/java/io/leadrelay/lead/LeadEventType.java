package io.leadrelay.lead;

/** The kinds of row on a lead's timeline; the dashboards count these. */
public enum LeadEventType {
    RECEIVED,
    DUPLICATE_DELIVERY_IGNORED,
    ASSIGNED,
    NOTIFIED,
    FIRST_REMINDER_SENT,
    ACCEPT_SLA_BREACHED,
    ACCEPTED,
    REJECTED,
    SECOND_REMINDER_SENT,
    ACT_SLA_BREACHED,
    QUALIFIED,
    NURTURED,
    NURTURE_CHECK_IN_DUE,
    NURTURE_RESUMED,
    DEAL_SUBMITTED,
    DEAL_RESUBMITTED,
    DEAL_REVIEW_OVERDUE,
    DEAL_SENT_BACK,
    DEAL_APPROVED,
    DEAL_REJECTED,
    OPPORTUNITY_CREATED,
    RECYCLED,
    TRIAGE_NEEDED,
    TRIAGE_REASSIGNED,
    CLOSED,
    NOTE_ADDED,
    /** the HubSpot contact was merged: on the surviving lead and on the one merged into it */
    MERGED,
    /** the HubSpot contact was deleted: the lead's personal data is gone, its counts stay */
    ERASED
}
