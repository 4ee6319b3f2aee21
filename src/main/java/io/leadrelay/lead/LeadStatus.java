package io.leadrelay.lead;

import java.util.EnumSet;
import java.util.Set;

/** Where a lead stands in its lifecycle; written in the same transaction as the engine's step. */
public enum LeadStatus {
    RECEIVED,
    ASSIGNED,
    ACCEPTED,
    NURTURING,
    DEAL_IN_REVIEW,
    DEAL_SENT_BACK,
    IN_TRIAGE,
    OPPORTUNITY_CREATED,
    CLOSED;

    /** Statuses in which a lead counts against its partner's capacity. */
    public static final Set<LeadStatus> HELD_BY_PARTNER =
            EnumSet.of(ASSIGNED, ACCEPTED, NURTURING, DEAL_IN_REVIEW, DEAL_SENT_BACK);

    public boolean isFinal() {
        return this == OPPORTUNITY_CREATED || this == CLOSED;
    }
}
