package io.leadrelay.lead;

/** How one partner's try with a lead ended. */
public enum AssignmentOutcome {
    REJECTED,
    ACCEPT_SLA_LAPSED,
    ACT_SLA_LAPSED,
    DEAL_REJECTED,
    OPPORTUNITY_CREATED,
    CLOSED
}
