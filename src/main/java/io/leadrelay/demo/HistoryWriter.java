package io.leadrelay.demo;

import io.leadrelay.lead.LeadMilestones;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes lead history straight into our tables (lead, assignment, lead_event, deal_registration, opportunity)
 * in JDBC batches: no process instances, so a quarter's history loads in about a second. Used by the demo
 * profile's history and by tests that need a dataset with known figures. Collect rows, then {@link #flush()}.
 */
public class HistoryWriter {

    private final JdbcTemplate jdbc;
    private final List<Object[]> leads = new ArrayList<>();
    private final List<Object[]> tries = new ArrayList<>();
    private final List<Object[]> events = new ArrayList<>();
    private final List<Object[]> deals = new ArrayList<>();
    private final List<Object[]> opportunities = new ArrayList<>();

    public HistoryWriter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A lead as it stands now. {@code open} leads keep their contact id as the open one (as intake does). */
    public record LeadRow(String id, String contactId, String firstName, String lastName, String company,
                          String country, String region, String leadType, String status, String partnerKey,
                          Instant receivedAt, Instant updatedAt, boolean open) {
    }

    public String lead(LeadRow row) {
        leads.add(new Object[] {row.id(), row.contactId(), row.open() ? row.contactId() : null, row.firstName(),
                row.lastName(), row.firstName().toLowerCase() + "@" + slug(row.company()) + ".example.com",
                row.company(), row.country(), row.region(), row.leadType(), row.status(), row.partnerKey(),
                ts(row.receivedAt()), ts(row.updatedAt())});
        return row.id();
    }

    public static String newId() {
        return UUID.randomUUID().toString();
    }

    /** One try; {@code outcome} null while it is open. */
    public void attempt(String leadId, String partnerKey, int attempt, Instant assignedAt, Instant acceptedAt,
                        Instant endedAt, String outcome, String reason, Instant slaDueAt) {
        tries.add(new Object[] {leadId, partnerKey, attempt, ts(assignedAt), ts(acceptedAt), ts(endedAt), outcome,
                reason, ts(slaDueAt)});
    }

    public void event(String leadId, String type, Instant at, String actor, String partnerKey, String detail) {
        events.add(new Object[] {leadId, type, ts(at), actor, partnerKey, detail});
    }

    /** A deal registration; {@code decision} null while in review, else APPROVED, SENT_BACK or REJECTED. */
    public void deal(String leadId, String partnerKey, String customer, long amount, Instant submittedAt,
                     String submittedBy, String decision, Instant decidedAt) {
        deals.add(new Object[] {leadId, partnerKey, customer, amount, "EUR", "LeadRelay Platform", ts(submittedAt),
                submittedBy, decision, ts(decidedAt), decision == null ? null : "dealdesk"});
    }

    /** The opportunity of the lead's latest deal registration (write that first). */
    public void opportunity(String leadId, String partnerKey, String name, long amount, Instant createdAt) {
        opportunities.add(new Object[] {leadId, leadId, partnerKey, name, amount, ts(createdAt)});
    }

    /** Writes everything collected, parents first, fills in the dashboards' milestones, and forgets it. */
    public void flush() {
        jdbc.batchUpdate("""
                insert into lead (id, hubspot_contact_id, open_contact_id, first_name, last_name, email, company,
                                  country, region, lead_type, status, partner_key, received_at, updated_at, version)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""", leads);
        jdbc.batchUpdate("""
                insert into assignment (lead_id, partner_key, attempt, assigned_at, accepted_at, ended_at, outcome,
                                        reason, sla_due_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""", tries);
        jdbc.batchUpdate("insert into lead_event (lead_id, type, occurred_at, actor, partner_key, detail) "
                + "values (?, ?, ?, ?, ?, ?)", events);
        jdbc.batchUpdate("""
                insert into deal_registration (lead_id, partner_key, version_no, customer, amount, currency, products,
                                               submitted_at, submitted_by, decision, decided_at, decided_by)
                values (?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", deals);
        jdbc.batchUpdate("""
                insert into opportunity (lead_id, deal_registration_id, partner_key, name, amount, currency, created_at)
                values (?, (select max(id) from deal_registration where lead_id = ?), ?, ?, ?, 'EUR', ?)""",
                opportunities);
        // the milestones the journal keeps as steps happen, derived here from the rows just written
        LeadMilestones.fillIn(jdbc);
        leads.clear();
        tries.clear();
        events.clear();
        deals.clear();
        opportunities.clear();
    }

    private static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static String slug(String company) {
        return company.toLowerCase().replaceAll("[^a-z0-9]+", "");
    }
}
