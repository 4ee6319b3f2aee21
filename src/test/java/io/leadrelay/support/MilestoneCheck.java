package io.leadrelay.support;

import io.leadrelay.lead.LeadMilestones;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Holds the milestones that LeadJournal keeps as steps happen (and the data generator writes) to their definition,
 * {@link LeadMilestones}: derives them again from the tries and the timeline, in a transaction it rolls back,
 * and reports every lead or try of the region where the two differ.
 */
@Component
public class MilestoneCheck {

    private static final String LEAD_MILESTONES = "select id, first_assigned_at, first_notified_at, first_accepted_at,"
            + " first_acted_at, deal_registered_at, opportunity_created_at from lead where region = ? order by id";
    private static final String TRY_OUTCOMES = "select a.id, a.deal_registered, a.opportunity_created, a.recycled"
            + " from assignment a join lead l on l.id = a.lead_id where l.region = ? order by a.id";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;

    MilestoneCheck(JdbcTemplate jdbc, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    /** The differences, one line each; empty when the kept milestones are what the tables say. */
    public List<String> differences(String region) {
        return transactions.execute(status -> {
            status.setRollbackOnly();
            List<Map<String, Object>> keptLeads = jdbc.queryForList(LEAD_MILESTONES, region);
            List<Map<String, Object>> keptTries = jdbc.queryForList(TRY_OUTCOMES, region);
            jdbc.update("update lead set first_assigned_at = null, first_notified_at = null, first_accepted_at = null,"
                    + " first_acted_at = null, deal_registered_at = null, opportunity_created_at = null"
                    + " where region = ?", region);
            jdbc.update("update assignment set deal_registered = false, opportunity_created = false, recycled = false"
                    + " where lead_id in (select id from lead where region = ?)", region);
            LeadMilestones.fillIn(jdbc);
            List<String> differences = new ArrayList<>();
            compare(keptLeads, jdbc.queryForList(LEAD_MILESTONES, region), differences);
            compare(keptTries, jdbc.queryForList(TRY_OUTCOMES, region), differences);
            return differences;
        });
    }

    private static void compare(List<Map<String, Object>> kept, List<Map<String, Object>> derived,
                                List<String> differences) {
        for (int i = 0; i < kept.size(); i++) {
            Map<String, Object> row = kept.get(i);
            Map<String, Object> expected = derived.get(i);
            for (String column : row.keySet()) {
                if (!Objects.equals(String.valueOf(row.get(column)), String.valueOf(expected.get(column)))) {
                    differences.add(row.values().iterator().next() + " " + column + ": kept " + row.get(column)
                            + ", derived " + expected.get(column));
                }
            }
        }
    }
}
