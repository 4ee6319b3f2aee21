package io.leadrelay.lead;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Derives the dashboards' milestones (lead.first_*_at, deal_registered_at, opportunity_created_at; assignment's
 * deal_registered, opportunity_created, recycled) from the rows they summarise: the tries, the timeline, the deal
 * registrations and the opportunities.
 * {@link LeadJournal} keeps them as steps happen; this fills in rows written before the columns existed (the V7
 * migration) or written straight into the tables (demo history), and is the definition the tests hold the
 * journal to. Only empty milestones are touched, so running it again changes nothing.
 */
public final class LeadMilestones {

    /** Steps that count as the partner acting on a lead it has accepted (speed to lead's last step). */
    public static final List<LeadEventType> ACTIONS = List.of(LeadEventType.QUALIFIED, LeadEventType.NURTURED,
            LeadEventType.REJECTED, LeadEventType.DEAL_SUBMITTED, LeadEventType.NOTE_ADDED);

    private static final String ACTION_TYPES = String.join(", ",
            ACTIONS.stream().map(type -> "'" + type.name() + "'").toList());

    // portable SQL (H2 and PostgreSQL): correlated subqueries, no update ... from
    private static final List<String> FILL_IN = List.of(
            leadMilestone("first_assigned_at", "a.assigned_at", "from assignment a where a.lead_id = lead.id"),
            leadMilestone("first_accepted_at", "a.accepted_at", "from assignment a where a.lead_id = lead.id"),
            leadMilestone("first_notified_at", "e.occurred_at",
                    "from lead_event e where e.lead_id = lead.id and e.type = 'NOTIFIED'"),
            leadMilestone("first_acted_at", "e.occurred_at", "from lead_event e where e.lead_id = lead.id "
                    + "and e.type in (" + ACTION_TYPES + ") and e.occurred_at >= lead.first_accepted_at"),
            leadMilestone("deal_registered_at", "e.occurred_at",
                    "from lead_event e where e.lead_id = lead.id and e.type = 'DEAL_SUBMITTED'"),
            leadMilestone("opportunity_created_at", "e.occurred_at",
                    "from lead_event e where e.lead_id = lead.id and e.type = 'OPPORTUNITY_CREATED'"),
            // deals and opportunities stay with the lead they were registered for, also when a merge moves the timeline
            tryOutcome("deal_registered", "from deal_registration d where d.lead_id = assignment.lead_id "
                    + "and d.partner_key = assignment.partner_key and d.submitted_at >= assignment.assigned_at"),
            tryOutcome("opportunity_created", "from opportunity o where o.lead_id = assignment.lead_id "
                    + "and o.partner_key = assignment.partner_key and o.created_at >= assignment.assigned_at"),
            tryOutcome("recycled", "from lead_event e where e.lead_id = assignment.lead_id "
                    + "and e.partner_key = assignment.partner_key and e.type = 'RECYCLED' "
                    + "and e.occurred_at >= assignment.assigned_at"));

    private LeadMilestones() {
    }

    /** Fills in every empty milestone that the tables can tell; returns the rows changed. */
    public static int fillIn(JdbcTemplate jdbc) {
        int changed = 0;
        for (String sql : FILL_IN) {
            changed += jdbc.update(sql);
        }
        return changed;
    }

    /** Sets the column to the earliest {@code time} of the rows, where it is empty and such a row exists. */
    private static String leadMilestone(String column, String time, String rows) {
        return "update lead set " + column + " = (select min(" + time + ") " + rows + ") where " + column
                + " is null and exists (select 1 " + rows + " and " + time + " is not null)";
    }

    /**
     * Sets the flag on tries for which the rows exist: that partner's, since the try began (a partner given the lead
     * again from triage starts a try of its own).
     */
    private static String tryOutcome(String column, String rows) {
        return "update assignment set " + column + " = true where " + column + " = false and exists (select 1 "
                + rows + ")";
    }
}
