package io.leadrelay.lead;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Derives the dashboards' milestones (lead.first_*_at, deal_registered_at, opportunity_created_at; assignment's
 * deal_registered, opportunity_created, recycled) from the rows they summarise: the tries and the timeline.
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
            tryOutcome("deal_registered", "'DEAL_SUBMITTED', 'DEAL_RESUBMITTED'"),
            tryOutcome("opportunity_created", "'OPPORTUNITY_CREATED'"),
            tryOutcome("recycled", "'RECYCLED'"));

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
     * Sets the flag on tries whose partner has an event of those types on the lead's timeline since the try began
     * (a partner given the lead again from triage starts a try of its own).
     */
    private static String tryOutcome(String column, String eventTypes) {
        return "update assignment set " + column + " = true where " + column + " = false and exists (select 1 "
                + "from lead_event e where e.lead_id = assignment.lead_id and e.partner_key = assignment.partner_key "
                + "and e.type in (" + eventTypes + ") and e.occurred_at >= assignment.assigned_at)";
    }
}
