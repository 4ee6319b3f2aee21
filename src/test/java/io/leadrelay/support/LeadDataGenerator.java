package io.leadrelay.support;

import io.leadrelay.lead.LeadMilestones;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes realistic volumes straight into our tables (lead, assignment, lead_event, deal_registration,
 * opportunity) with JDBC batch inserts, for benchmarks, dashboard tests and the demo. No process instances are
 * created: history is what the dashboards read, and {@link #openLeads} gives rows that a caller can attach
 * instances to.
 *
 * <p>The mix of outcomes per lead (seeded, so a run is repeatable): about 8 % go to triage because nobody was
 * eligible, 20 % are rejected by the first partner and recycled, 10 % lapse the accept SLA (recycled, the
 * partner manager told), 30 % got a first reminder; of the accepted, 40 % are worked to "unqualified" and
 * closed, 20 % nurtured and closed, 10 % lapse the act SLA, 30 % qualified with a deal registration, of which
 * 70 % are approved into an opportunity (a tenth of those after being sent back once) and the rest rejected.
 * Leads of the last two weeks are still open.
 */
public final class LeadDataGenerator {

    private static final String[] LEAD_TYPES = {"demo-request", "contact-sales", "trial-signup", "event",
            "content-download", "partner-referral"};
    private static final int BATCH = 2_000;

    private final JdbcTemplate jdbc;
    private final Random random;
    private final Batches batches = new Batches();
    private CurrentLead current = new CurrentLead();

    public LeadDataGenerator(JdbcTemplate jdbc, long seed) {
        this.jdbc = jdbc;
        this.random = new Random(seed);
    }

    /** Counts of what was written. */
    public record Summary(long leads, long assignments, long events, long deals, long opportunities) {
        public long rows() {
            return leads + assignments + events + deals + opportunities;
        }
    }

    /**
     * {@code count} leads received over {@code span} before {@code end}, spread over the partners (who must
     * exist and serve {@code region}), with the outcome mix of the class comment.
     */
    public Summary history(List<String> partnerKeys, String region, int count, Instant end, Duration span) {
        long spanSeconds = span.toSeconds();
        Instant openSince = end.minus(Duration.ofDays(14));
        for (int i = 0; i < count; i++) {
            // more leads lately: the business grows, density rises linearly over the span
            double position = Math.sqrt(random.nextDouble());
            Instant received = end.minusSeconds((long) ((1 - position) * spanSeconds));
            oneLead(partnerKeys, region, received, !received.isBefore(openSince));
            completeLead();
            batches.flushIfFull();
        }
        batches.flush();
        return batches.summary();
    }

    /** {@code count} leads assigned and notified just now, open (status ASSIGNED); returns their ids. */
    public List<String> openLeads(List<String> partnerKeys, String region, int count) {
        List<String> ids = new ArrayList<>(count);
        Instant now = Instant.now();
        for (int i = 0; i < count; i++) {
            String partner = partnerKeys.get(i % partnerKeys.size());
            String id = UUID.randomUUID().toString();
            event(id, "RECEIVED", now, null);
            event(id, "ASSIGNED", now, partner);
            event(id, "NOTIFIED", now, partner);
            assignment(id, partner, 1, now, null, null, null);
            finish(id, region, now, "ASSIGNED", partner, true, now);
            completeLead();
            ids.add(id);
            batches.flushIfFull();
        }
        batches.flush();
        return ids;
    }

    private void oneLead(List<String> partnerKeys, String region, Instant at, boolean stillOpen) {
        String leadId = UUID.randomUUID().toString();
        event(leadId, "RECEIVED", at, null);
        Instant t = at.plusSeconds(2);
        if (random.nextDouble() < 0.08) {
            event(leadId, "TRIAGE_NEEDED", t, null);
            finish(leadId, region, at, stillOpen ? "IN_TRIAGE" : "CLOSED", null, stillOpen, t.plus(hours(4, 72)));
            return;
        }
        int attempt = 1;
        String partner = partnerKeys.get(random.nextInt(partnerKeys.size()));
        // first partner may reject or let the accept SLA lapse; the lead is then recycled to another partner
        double first = random.nextDouble();
        if (first < 0.30 && partnerKeys.size() > 1) {
            boolean rejected = first < 0.20;
            Instant ended = t.plus(rejected ? hours(1, 20) : Duration.ofHours(4));
            assignedAndNotified(leadId, partner, t);
            if (!rejected && random.nextBoolean()) {
                event(leadId, "FIRST_REMINDER_SENT", t.plus(Duration.ofHours(2)), partner);
            }
            event(leadId, rejected ? "REJECTED" : "ACCEPT_SLA_BREACHED", ended, partner);
            assignment(leadId, partner, attempt, t, null, ended, rejected ? "REJECTED" : "ACCEPT_SLA_LAPSED");
            event(leadId, "RECYCLED", ended, partner);
            String previous = partner;
            while (partner.equals(previous)) {
                partner = partnerKeys.get(random.nextInt(partnerKeys.size()));
            }
            attempt++;
            t = ended.plusSeconds(1);
        }
        assignedAndNotified(leadId, partner, t);
        if (random.nextDouble() < 0.3) {
            event(leadId, "FIRST_REMINDER_SENT", t.plus(Duration.ofHours(2)), partner);
        }
        Instant accepted = t.plus(hours(0, 4));
        if (stillOpen && accepted.isAfter(Instant.now())) {
            finish(leadId, region, at, "ASSIGNED", partner, true, t);
            assignment(leadId, partner, attempt, t, null, null, null);
            return;
        }
        event(leadId, "ACCEPTED", accepted, partner);
        double work = random.nextDouble();
        Instant worked = accepted.plus(hours(24, 24 * 10));
        if (stillOpen) {
            finish(leadId, region, at, "ACCEPTED", partner, true, accepted);
            assignment(leadId, partner, attempt, t, accepted, null, null);
            return;
        }
        if (work < 0.40) {
            event(leadId, "CLOSED", worked, partner);
            assignment(leadId, partner, attempt, t, accepted, worked, "CLOSED");
            finish(leadId, region, at, "CLOSED", partner, false, worked);
        } else if (work < 0.60) {
            event(leadId, "NURTURED", worked, partner);
            Instant checkIn = worked.plus(Duration.ofDays(30));
            event(leadId, "NURTURE_CHECK_IN_DUE", checkIn, partner);
            event(leadId, "CLOSED", checkIn.plus(hours(1, 48)), partner);
            assignment(leadId, partner, attempt, t, accepted, checkIn, "CLOSED");
            finish(leadId, region, at, "CLOSED", partner, false, checkIn);
        } else if (work < 0.70) {
            event(leadId, "SECOND_REMINDER_SENT", accepted.plus(Duration.ofDays(3)), partner);
            Instant breached = accepted.plus(Duration.ofDays(5));
            event(leadId, "ACT_SLA_BREACHED", breached, partner);
            systemEvent(leadId, "CLOSED", breached, partner);
            assignment(leadId, partner, attempt, t, accepted, breached, "ACT_SLA_LAPSED");
            finish(leadId, region, at, "CLOSED", partner, false, breached);
        } else {
            event(leadId, "QUALIFIED", worked, partner);
            deal(leadId, partner, region, at, t, attempt, accepted, worked);
        }
    }

    private void deal(String leadId, String partner, String region, Instant received, Instant assigned, int attempt,
                      Instant accepted, Instant qualified) {
        Instant submitted = qualified.plus(hours(1, 72));
        BigDecimal amount = BigDecimal.valueOf(5_000 + random.nextInt(495_000));
        double decision = random.nextDouble();
        Instant decided = submitted.plus(hours(2, 96));
        int versionNo = 1;
        event(leadId, "DEAL_SUBMITTED", submitted, partner);
        if (decision < 0.07) {
            dealRow(leadId, partner, versionNo++, amount, submitted, "SENT_BACK", decided);
            systemEvent(leadId, "DEAL_SENT_BACK", decided, partner);
            submitted = decided.plus(hours(2, 48));
            decided = submitted.plus(hours(2, 48));
            event(leadId, "DEAL_RESUBMITTED", submitted, partner);
        }
        if (decision < 0.70) {
            dealRow(leadId, partner, versionNo, amount, submitted, "APPROVED", decided);
            systemEvent(leadId, "DEAL_APPROVED", decided, partner);
            systemEvent(leadId, "OPPORTUNITY_CREATED", decided, partner);
            batches.opportunities.add(new Object[] {"Deal " + leadId.substring(0, 8), ts(decided), leadId});
            assignment(leadId, partner, attempt, assigned, accepted, decided, "OPPORTUNITY_CREATED");
            finish(leadId, region, received, "OPPORTUNITY_CREATED", partner, false, decided);
        } else {
            dealRow(leadId, partner, versionNo, amount, submitted, "REJECTED", decided);
            systemEvent(leadId, "DEAL_REJECTED", decided, partner);
            assignment(leadId, partner, attempt, assigned, accepted, decided, "DEAL_REJECTED");
            finish(leadId, region, received, "CLOSED", partner, false, decided);
        }
    }

    private void assignedAndNotified(String leadId, String partner, Instant at) {
        event(leadId, "ASSIGNED", at, partner);
        event(leadId, "NOTIFIED", at.plusSeconds(1), partner);
    }

    private void finish(String leadId, String region, Instant received, String status, String partner, boolean open,
                        Instant updated) {
        current.leadRow = leadRow(leadId, region, received, status, partner, open, updated);
    }

    /** Adds the lead and its tries to the batches, with the milestones LeadJournal would have kept. */
    private void completeLead() {
        batches.leads.add(append(current.leadRow, ts(current.firstAssigned()), ts(current.notified),
                ts(current.accepted), ts(current.acted), ts(current.dealRegistered), ts(current.opportunity)));
        for (Object[] attempt : current.tries) {
            String partner = (String) attempt[1];
            batches.assignments.add(append(attempt, current.dealPartners.contains(partner),
                    current.opportunityPartners.contains(partner), current.recycledPartners.contains(partner)));
        }
        current = new CurrentLead();
    }

    private static Object[] append(Object[] row, Object... more) {
        Object[] longer = java.util.Arrays.copyOf(row, row.length + more.length);
        System.arraycopy(more, 0, longer, row.length, more.length);
        return longer;
    }

    private Object[] leadRow(String id, String region, Instant received, String status, String partner, boolean open,
                             Instant updated) {
        String contact = Long.toString(9_000_000_000L + Math.abs(random.nextLong() % 1_000_000_000_000L));
        int n = random.nextInt(10_000);
        return new Object[] {id, contact, open ? contact + "-" + id.substring(0, 8) : null, "First" + n, "Last" + n,
                "person" + n + "@prospect" + (n % 500) + ".example.com", "+1 555 0100", "Prospect " + (n % 5000) + " Ltd",
                "Head of IT", "Industrial Automation", "100-500", "United States", "Texas", region,
                LEAD_TYPES[random.nextInt(LEAD_TYPES.length)], status, partner, ts(received), ts(updated)};
    }

    private void assignment(String leadId, String partner, int attempt, Instant assigned, Instant accepted, Instant ended,
                            String outcome) {
        current.tries.add(new Object[] {leadId, partner, attempt, ts(assigned), ts(accepted), ts(ended), outcome});
        current.assigned.add(assigned);
        if (accepted != null && (current.accepted == null || accepted.isBefore(current.accepted))) {
            current.accepted = accepted;
        }
    }

    private void event(String leadId, String type, Instant at, String partner) {
        batches.events.add(new Object[] {leadId, type, ts(at), partner == null ? "system" : partner + "user", partner});
        current.record(type, at, partner);
    }

    /** An event the process writes itself, on the lead of a partner (the journal notes the lead's partner). */
    private void systemEvent(String leadId, String type, Instant at, String partner) {
        batches.events.add(new Object[] {leadId, type, ts(at), "system", partner});
        current.record(type, at, partner);
    }

    private void dealRow(String leadId, String partner, int versionNo, BigDecimal amount, Instant submitted,
                         String decision, Instant decided) {
        LocalDate close = LocalDate.ofInstant(decided, ZoneOffset.UTC).plusDays(30 + random.nextInt(120));
        batches.deals.add(new Object[] {leadId, partner, versionNo, "Prospect customer", amount, "USD", "Platform",
                Date.valueOf(close), ts(submitted), partner + "user", decision, ts(decided), "deskuser"});
    }

    private Duration hours(int min, int max) {
        return Duration.ofMinutes(min * 60L + random.nextInt(Math.max(1, (max - min) * 60)));
    }

    private static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    /**
     * The lead being written: its row and tries wait here until its story is told, so that they carry the
     * milestones LeadJournal keeps (as LeadMilestones defines them; DashboardMilestonesTest holds the two together).
     */
    private static final class CurrentLead {
        static final List<String> ACTIONS = LeadMilestones.ACTIONS.stream().map(Enum::name).toList();

        Object[] leadRow;
        final List<Object[]> tries = new ArrayList<>();
        final List<Instant> assigned = new ArrayList<>();
        final java.util.Set<String> dealPartners = new java.util.HashSet<>();
        final java.util.Set<String> opportunityPartners = new java.util.HashSet<>();
        final java.util.Set<String> recycledPartners = new java.util.HashSet<>();
        Instant notified, accepted, acted, dealRegistered, opportunity;

        // events are written in time order per lead, except the accept of a try, which assignment() notes
        void record(String type, Instant at, String partner) {
            switch (type) {
                case "NOTIFIED" -> notified = notified == null ? at : notified;
                case "ACCEPTED" -> accepted = accepted == null || at.isBefore(accepted) ? at : accepted;
                case "DEAL_SUBMITTED" -> dealRegistered = dealRegistered == null ? at : dealRegistered;
                case "OPPORTUNITY_CREATED" -> opportunity = opportunity == null ? at : opportunity;
                default -> { }
            }
            if (ACTIONS.contains(type) && accepted != null && !at.isBefore(accepted) && (acted == null || at.isBefore(acted))) {
                acted = at;
            }
            if (partner != null) {
                switch (type) {
                    case "DEAL_SUBMITTED", "DEAL_RESUBMITTED" -> dealPartners.add(partner);
                    case "OPPORTUNITY_CREATED" -> opportunityPartners.add(partner);
                    case "RECYCLED" -> recycledPartners.add(partner);
                    default -> { }
                }
            }
        }

        Instant firstAssigned() {
            return assigned.stream().min(Instant::compareTo).orElse(null);
        }
    }

    /** Rows waiting for insert; parents (lead, deal) go before children. */
    private final class Batches {
        final List<Object[]> leads = new ArrayList<>();
        final List<Object[]> assignments = new ArrayList<>();
        final List<Object[]> events = new ArrayList<>();
        final List<Object[]> deals = new ArrayList<>();
        final List<Object[]> opportunities = new ArrayList<>();
        long leadCount, assignmentCount, eventCount, dealCount, opportunityCount;

        void flushIfFull() {
            if (leads.size() >= BATCH) {
                flush();
            }
        }

        void flush() {
            leadCount += insert("insert into lead (id, hubspot_contact_id, open_contact_id, first_name, last_name, email, "
                    + "phone, company, job_title, industry, employees, country, state, region, lead_type, status, "
                    + "partner_key, received_at, updated_at, first_assigned_at, first_notified_at, first_accepted_at, "
                    + "first_acted_at, deal_registered_at, opportunity_created_at) "
                    + "values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", leads);
            assignmentCount += insert("insert into assignment (lead_id, partner_key, attempt, assigned_at, accepted_at, "
                    + "ended_at, outcome, deal_registered, opportunity_created, recycled) values (?,?,?,?,?,?,?,?,?,?)",
                    assignments);
            eventCount += insert("insert into lead_event (lead_id, type, occurred_at, actor, partner_key) "
                    + "values (?,?,?,?,?)", events);
            dealCount += insert("insert into deal_registration (lead_id, partner_key, version_no, customer, amount, "
                    + "currency, products, expected_close_date, submitted_at, submitted_by, decision, decided_at, "
                    + "decided_by) values (?,?,?,?,?,?,?,?,?,?,?,?,?)", deals);
            opportunityCount += insert("insert into opportunity (lead_id, deal_registration_id, partner_key, name, "
                    + "amount, currency, expected_close_date, created_at) select d.lead_id, d.id, d.partner_key, ?, "
                    + "d.amount, d.currency, d.expected_close_date, ? from deal_registration d "
                    + "where d.lead_id = ? and d.decision = 'APPROVED'", opportunities);
        }

        private long insert(String sql, List<Object[]> rows) {
            if (rows.isEmpty()) {
                return 0;
            }
            jdbc.batchUpdate(sql, rows);
            long n = rows.size();
            rows.clear();
            return n;
        }

        Summary summary() {
            return new Summary(leadCount, assignmentCount, eventCount, dealCount, opportunityCount);
        }
    }
}
