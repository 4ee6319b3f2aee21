package io.leadrelay.portal;

import io.leadrelay.lead.LeadStatus;

/** What the partner should do next with a lead in a given status (the same wording as the Tasklist forms). */
final class NextAction {

    private NextAction() {
    }

    static String of(LeadStatus status) {
        return switch (status) {
            case ASSIGNED -> "Accept or reject it";
            case ACCEPTED -> "Qualify, nurture or reject it";
            case NURTURING -> "Check in when the nurture date comes";
            case DEAL_SENT_BACK -> "Improve the deal registration";
            case DEAL_IN_REVIEW -> "Nothing: the deal desk reviews your registration";
            case IN_TRIAGE -> "Nothing: the partner team decides";
            default -> "Nothing";
        };
    }
}
