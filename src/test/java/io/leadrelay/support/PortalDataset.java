package io.leadrelay.support;

import io.leadrelay.demo.HistoryWriter;
import io.leadrelay.demo.HistoryWriter.LeadRow;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Twenty leads with figures worked out by hand (see {@code DashboardFiguresTest}), in a world of two partners
 * A and B. Leads A1..A10 (demo requests) arrive Monday 2025-03-03 from 08:00 UTC, one an hour; B1..B10 (events)
 * the Monday after. Lead n (1..20) is first assigned n minutes after it arrives, notified 6 minutes later.
 *
 * <pre>
 * A1..A5 accepted after 1, 2, 3, 4, 5 h. A1, A2: deal + opportunity; A3: deal in review; A4 open (a note 2 h
 *        after acceptance); A5 lapses the act SLA and is recycled to B (B11, accepted after 1 h, open).
 * A6     rejected (outside-territory) after 1 h, recycled to B (B12: assigned 1 min later, accepted 3 h later,
 *        deal + opportunity).
 * A7, A8 lapse the accept SLA after 1 day, recycled to B: B13 rejected (outside-territory, lead closed); B14 open.
 * A9     open, not answered, overdue.   A10 open, not answered, due tomorrow.
 * B1..B6 accepted after 2, 4, 6, 8, 10, 12 h. B1, B2: deal + opportunity; B3: deal in review; B4 nurtured
 *        4 h after acceptance (in nurture for 10 days now); B5, B6 open.
 * B7     rejected (invalid-contact), closed.  B8 lapses the accept SLA, recycled to triage.
 * B9     open, not answered, due tomorrow.    B10 open, not answered, overdue.
 * Deal leads are qualified 1 h after their (first) acceptance.
 * </pre>
 */
@Component
public class PortalDataset {

    public static final Instant WEEK_1 = Instant.parse("2025-03-03T08:00:00Z");
    public static final Instant WEEK_2 = WEEK_1.plus(Duration.ofDays(7));

    private final JdbcTemplate jdbc;

    PortalDataset(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Lead ids by name (A1..A10, B1..B10), in insertion order. */
    public Map<String, String> write(TestPartners.World world, Instant now) {
        String a = world.partners().get(0).getKey();
        String b = world.partners().get(1).getKey();
        HistoryWriter history = new HistoryWriter(jdbc);
        Map<String, String> ids = new LinkedHashMap<>();
        for (int n = 1; n <= 20; n++) {
            boolean ofA = n <= 10;
            int i = ofA ? n : n - 10;
            String name = (ofA ? "A" : "B") + i;
            Instant received = (ofA ? WEEK_1 : WEEK_2).plus(Duration.ofHours(i - 1));
            Instant assigned = received.plus(Duration.ofMinutes(n));
            Instant notified = assigned.plus(Duration.ofMinutes(6));
            String id = HistoryWriter.newId();
            ids.put(name, id);
            Outcome outcome = ofA ? outcomeOfA(i, assigned, now) : outcomeOfB(i, assigned, now);
            history.lead(new LeadRow(id, "c-" + id.substring(0, 8), "Contact", name, "Company " + name,
                    "Testland", world.region(), ofA ? "demo-request" : "event", outcome.status,
                    outcome.recycledTo ? b : (ofA ? a : b), received, outcome.updatedAt, outcome.open));
            history.event(id, "RECEIVED", received, null, null, null);
            history.event(id, "ASSIGNED", assigned, null, ofA ? a : b, null);
            history.event(id, "NOTIFIED", notified, null, ofA ? a : b, null);
            writeTries(history, name, id, ofA ? a : b, b, assigned, now);
        }
        history.flush();
        return ids;
    }

    private record Outcome(String status, boolean open, boolean recycledTo, Instant updatedAt) {
    }

    private static Outcome outcomeOfA(int i, Instant assigned, Instant now) {
        Instant fresh = now.minus(Duration.ofHours(1));
        return switch (i) {
            case 1, 2 -> new Outcome("OPPORTUNITY_CREATED", false, false, assigned.plus(Duration.ofDays(3)));
            case 3 -> new Outcome("DEAL_IN_REVIEW", true, false, fresh);
            case 4 -> new Outcome("ACCEPTED", true, false, fresh);
            case 5 -> new Outcome("ACCEPTED", true, true, fresh);
            case 6 -> new Outcome("OPPORTUNITY_CREATED", false, true, assigned.plus(Duration.ofDays(3)));
            case 7 -> new Outcome("CLOSED", false, true, assigned.plus(Duration.ofDays(2)));
            case 8 -> new Outcome("ASSIGNED", true, true, fresh);
            case 9 -> new Outcome("ASSIGNED", true, false, now.minus(Duration.ofDays(3)));
            default -> new Outcome("ASSIGNED", true, false, fresh);
        };
    }

    private static Outcome outcomeOfB(int i, Instant assigned, Instant now) {
        Instant fresh = now.minus(Duration.ofHours(1));
        return switch (i) {
            case 1, 2 -> new Outcome("OPPORTUNITY_CREATED", false, false, assigned.plus(Duration.ofDays(3)));
            case 3 -> new Outcome("DEAL_IN_REVIEW", true, false, fresh);
            case 4 -> new Outcome("NURTURING", true, false, now.minus(Duration.ofDays(10)));
            case 5, 6 -> new Outcome("ACCEPTED", true, false, fresh);
            case 7 -> new Outcome("CLOSED", false, false, assigned.plus(Duration.ofHours(1)));
            case 8 -> new Outcome("IN_TRIAGE", true, false, assigned.plus(Duration.ofDays(1)));
            case 9 -> new Outcome("ASSIGNED", true, false, fresh);
            default -> new Outcome("ASSIGNED", true, false, now.minus(Duration.ofDays(3)));
        };
    }

    private static void writeTries(HistoryWriter h, String name, String id, String first, String b, Instant assigned,
                                   Instant now) {
        Instant dueLater = now.plus(Duration.ofDays(1));
        Instant overdue = now.minus(Duration.ofHours(1));
        switch (name) {
            case "A1", "A2", "B1", "B2" -> {
                int hours = name.startsWith("A") ? Integer.parseInt(name.substring(1)) : 2 * Integer.parseInt(name.substring(1));
                Instant accepted = assigned.plus(Duration.ofHours(hours));
                h.attempt(id, first, 1, assigned, accepted, accepted.plus(Duration.ofDays(2)), "OPPORTUNITY_CREATED", null, null);
                h.event(id, "ACCEPTED", accepted, "user", first, null);
                h.event(id, "QUALIFIED", accepted.plus(Duration.ofHours(1)), "user", first, null);
                h.deal(id, first, "Company " + name, 10_000, accepted.plus(Duration.ofHours(2)), "user", "APPROVED",
                        accepted.plus(Duration.ofDays(1)));
                h.event(id, "DEAL_SUBMITTED", accepted.plus(Duration.ofHours(2)), "user", first, null);
                h.opportunity(id, first, "Company " + name, 10_000, accepted.plus(Duration.ofDays(1)));
                h.event(id, "OPPORTUNITY_CREATED", accepted.plus(Duration.ofDays(1)), null, first, null);
            }
            case "A3", "B3" -> {
                Instant accepted = assigned.plus(Duration.ofHours(name.startsWith("A") ? 3 : 6));
                h.attempt(id, first, 1, assigned, accepted, null, null, null, null);
                h.event(id, "ACCEPTED", accepted, "user", first, null);
                h.event(id, "QUALIFIED", accepted.plus(Duration.ofHours(1)), "user", first, null);
                h.deal(id, first, "Company " + name, 20_000, accepted.plus(Duration.ofHours(2)), "user", null, null);
                h.event(id, "DEAL_SUBMITTED", accepted.plus(Duration.ofHours(2)), "user", first, null);
            }
            case "A4" -> {
                Instant accepted = assigned.plus(Duration.ofHours(4));
                h.attempt(id, first, 1, assigned, accepted, null, null, null, now.plus(Duration.ofDays(2)));
                h.event(id, "ACCEPTED", accepted, "user", first, null);
                h.event(id, "NOTE_ADDED", accepted.plus(Duration.ofHours(2)), "user", first, "Called, voicemail");
            }
            case "A5" -> {
                Instant accepted = assigned.plus(Duration.ofHours(5));
                Instant lapsed = assigned.plus(Duration.ofDays(2));
                h.attempt(id, first, 1, assigned, accepted, lapsed, "ACT_SLA_LAPSED", null, null);
                h.event(id, "ACCEPTED", accepted, "user", first, null);
                h.event(id, "ACT_SLA_BREACHED", lapsed, null, first, null);
                h.event(id, "RECYCLED", lapsed, null, first, null);
                Instant again = lapsed.plus(Duration.ofMinutes(1));
                h.attempt(id, b, 2, again, again.plus(Duration.ofHours(1)), null, null, null, now.plus(Duration.ofDays(2)));
            }
            case "A6" -> {
                Instant rejected = assigned.plus(Duration.ofHours(1));
                h.attempt(id, first, 1, assigned, null, rejected, "REJECTED", "outside-territory", null);
                h.event(id, "REJECTED", rejected, "user", first, "outside-territory");
                h.event(id, "RECYCLED", rejected, null, first, null);
                Instant again = rejected.plus(Duration.ofMinutes(1));
                Instant accepted = again.plus(Duration.ofHours(3));
                h.attempt(id, b, 2, again, accepted, accepted.plus(Duration.ofDays(2)), "OPPORTUNITY_CREATED", null, null);
                h.event(id, "ACCEPTED", accepted, "user", b, null);
                h.event(id, "QUALIFIED", accepted.plus(Duration.ofHours(1)), "user", b, null);
                h.deal(id, b, "Company A6", 30_000, accepted.plus(Duration.ofHours(2)), "user", "APPROVED",
                        accepted.plus(Duration.ofDays(1)));
                h.event(id, "DEAL_SUBMITTED", accepted.plus(Duration.ofHours(2)), "user", b, null);
                h.opportunity(id, b, "Company A6", 30_000, accepted.plus(Duration.ofDays(1)));
                h.event(id, "OPPORTUNITY_CREATED", accepted.plus(Duration.ofDays(1)), null, b, null);
            }
            case "A7", "A8" -> {
                Instant lapsed = assigned.plus(Duration.ofDays(1));
                h.attempt(id, first, 1, assigned, null, lapsed, "ACCEPT_SLA_LAPSED", null, null);
                h.event(id, "ACCEPT_SLA_BREACHED", lapsed, null, first, null);
                h.event(id, "RECYCLED", lapsed, null, first, null);
                Instant again = lapsed.plus(Duration.ofMinutes(1));
                if (name.equals("A7")) {
                    Instant rejected = again.plus(Duration.ofHours(1));
                    h.attempt(id, b, 2, again, null, rejected, "REJECTED", "outside-territory", null);
                    h.event(id, "REJECTED", rejected, "user", b, "outside-territory");
                    h.event(id, "CLOSED", rejected, null, b, "outside-territory");
                } else {
                    h.attempt(id, b, 2, again, null, null, null, null, dueLater);
                }
            }
            case "A9", "B10" -> h.attempt(id, first, 1, assigned, null, null, null, null, overdue);
            case "A10", "B9" -> h.attempt(id, first, 1, assigned, null, null, null, null, dueLater);
            case "B4", "B5", "B6" -> {
                int hours = 2 * Integer.parseInt(name.substring(1));
                Instant accepted = assigned.plus(Duration.ofHours(hours));
                h.attempt(id, first, 1, assigned, accepted, null, null, null,
                        name.equals("B4") ? null : now.plus(Duration.ofDays(2)));
                h.event(id, "ACCEPTED", accepted, "user", first, null);
                if (name.equals("B4")) {
                    h.event(id, "NURTURED", accepted.plus(Duration.ofHours(4)), "user", first, null);
                }
            }
            case "B7" -> {
                Instant rejected = assigned.plus(Duration.ofHours(1));
                h.attempt(id, first, 1, assigned, null, rejected, "REJECTED", "invalid-contact", null);
                h.event(id, "REJECTED", rejected, "user", first, "invalid-contact");
                h.event(id, "CLOSED", rejected, null, first, "invalid-contact");
            }
            case "B8" -> {
                Instant lapsed = assigned.plus(Duration.ofDays(1));
                h.attempt(id, first, 1, assigned, null, lapsed, "ACCEPT_SLA_LAPSED", null, null);
                h.event(id, "ACCEPT_SLA_BREACHED", lapsed, null, first, null);
                h.event(id, "RECYCLED", lapsed, null, first, null);
                h.event(id, "TRIAGE_NEEDED", lapsed, null, first, null);
            }
            default -> throw new IllegalStateException(name);
        }
    }
}
