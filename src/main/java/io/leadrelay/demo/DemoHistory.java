package io.leadrelay.demo;

import io.leadrelay.demo.HistoryWriter.LeadRow;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Generates a plausible quarter of lead history for a set of partners: every lead type and region, accepted,
 * rejected, lapsed and recycled, nurtured, deals approved, sent back and rejected, a few still open (some
 * overdue). Deterministic for a given seed, so screenshots and demos look the same each time.
 */
public class DemoHistory {

    /** A partner as the generator needs it; {@code speed} scales how fast it answers (1 = programme average). */
    public record PartnerSpec(String key, String region, Set<String> leadTypes, double speed, double diligence) {
    }

    private static final String[] COMPANIES = {"Northwind", "Contoso", "Fabrikam", "Tailspin", "Adatum", "Litware",
            "Proseware", "Wingtip", "Lucerne", "Fourth Coffee", "Woodgrove", "Relecloud", "Alpine Ski House",
            "Coho Winery", "Humongous Insurance", "Margie's Travel", "Trey Research", "Wide World Importers"};
    private static final String[] SUFFIXES = {"GmbH", "AB", "Ltd", "Inc.", "Pty", "AG", "LLC"};
    private static final String[] FIRST = {"Anna", "Ben", "Clara", "David", "Eva", "Felix", "Grace", "Hugo", "Ines",
            "Jon", "Kira", "Liam", "Mia", "Noah", "Olga", "Paul", "Rosa", "Sven", "Tara", "Umar"};
    private static final String[] LAST = {"Berg", "Clarke", "Dubois", "Eriksen", "Fischer", "Garcia", "Hansen",
            "Ito", "Jones", "Keller", "Lopez", "Murphy", "Nakamura", "Olsen", "Patel", "Quinn", "Rossi", "Smith"};
    private static final String[] REJECT_RECYCLE = {"outside-territory", "no-capacity", "not-our-focus", "not-qualified"};
    /** A country each demo region's leads plausibly come from, for the lead pages (the region is what counts). */
    private static final Map<String, String> COUNTRY_OF_REGION = Map.of("dach", "Germany",
            "nordics", "Sweden", "uk-ireland", "United Kingdom", "us-east", "United States", "us-west",
            "United States", "apac", "Australia");
    private static final String[] REJECT_CLOSE = {"duplicate", "invalid-contact", "no-need-or-budget"};
    private static final Map<String, Double> ACCEPT_SLA_HOURS = Map.of("demo-request", 4.0, "contact-sales", 8.0,
            "trial-signup", 8.0, "partner-referral", 24.0, "event", 48.0, "content-download", 72.0);

    private final HistoryWriter out;
    private final Random random;

    public DemoHistory(HistoryWriter out, long seed) {
        this.out = out;
        this.random = new Random(seed);
    }

    /** Writes {@code days} days of history up to {@code now}; returns the number of leads written. */
    public int generate(List<PartnerSpec> partners, Instant now, int days, double leadsPerRegionAndDay) {
        Map<String, List<PartnerSpec>> byRegion = partners.stream()
                .collect(Collectors.groupingBy(PartnerSpec::region, java.util.TreeMap::new, Collectors.toList()));
        Map<String, Integer> rotation = new java.util.HashMap<>();
        int count = 0;
        for (int day = days; day >= 1; day--) {
            for (var region : byRegion.entrySet()) {
                int leads = poisson(leadsPerRegionAndDay);
                for (int i = 0; i < leads; i++) {
                    Instant received = now.minus(Duration.ofDays(day)).plus(Duration.ofMinutes(random.nextInt(24 * 60)));
                    List<PartnerSpec> serving = region.getValue();
                    int next = rotation.merge(region.getKey(), 1, Integer::sum);
                    lead(region.getKey(), serving, next, received, now);
                    count++;
                }
            }
        }
        out.flush();
        return count;
    }

    private void lead(String region, List<PartnerSpec> serving, int turn, Instant received, Instant now) {
        PartnerSpec first = serving.get(turn % serving.size());
        List<String> types = new ArrayList<>(first.leadTypes());
        java.util.Collections.sort(types);
        String type = types.get(random.nextInt(types.size()));
        String id = HistoryWriter.newId();
        String company = pick(COMPANIES) + " " + pick(SUFFIXES);
        Journey journey = new Journey(id, type, now);
        out.event(id, "RECEIVED", received, null, null, "demo history");
        Instant at = received.plus(minutes(1, 4));
        String status = "CLOSED";
        String holder = first.key();
        boolean open = false;
        List<PartnerSpec> candidates = new ArrayList<>(serving);
        java.util.Collections.rotate(candidates, -(turn % serving.size()));
        int attempt = 0;
        for (PartnerSpec partner : candidates) {
            attempt++;
            holder = partner.key();
            Result result = journey.tryWith(partner, attempt, at);
            status = result.status();
            open = result.open();
            at = result.endedAt();
            if (!result.recycled()) {
                break;
            }
            if (attempt == Math.min(3, candidates.size())) {
                out.event(id, "TRIAGE_NEEDED", at, null, holder, "no eligible partner left");
                status = "IN_TRIAGE";
                open = true;
                break;
            }
            at = at.plus(minutes(1, 3));
        }
        if (at == null || at.isAfter(now)) {
            at = now.minus(Duration.ofMinutes(5));
        }
        out.lead(new LeadRow(id, "demo-" + id.substring(0, 13), pick(FIRST), pick(LAST), company,
                COUNTRY_OF_REGION.getOrDefault(region, region.toUpperCase()), region, type, status, holder, received,
                at, open));
    }

    private record Result(String status, boolean open, boolean recycled, Instant endedAt) {
    }

    /** One lead's way through partners. */
    private final class Journey {
        private final String leadId;
        private final String type;
        private final Instant now;

        Journey(String leadId, String type, Instant now) {
            this.leadId = leadId;
            this.type = type;
            this.now = now;
        }

        Result tryWith(PartnerSpec p, int attempt, Instant assigned) {
            String k = p.key();
            double slaHours = ACCEPT_SLA_HOURS.getOrDefault(type, 24.0);
            Instant acceptDue = assigned.plus(hours(slaHours));
            out.event(leadId, attempt == 1 ? "ASSIGNED" : "ASSIGNED", assigned, null, k, "try " + attempt);
            Instant notified = assigned.plus(minutes(0, 2));
            out.event(leadId, "NOTIFIED", notified, null, k, null);
            double roll = random.nextDouble();
            double answerHours = slaHours * Math.min(0.95, Math.exp(random.nextGaussian() * 0.8) * 0.25 / p.speed());
            Instant answered = assigned.plus(hours(answerHours));
            if (answered.isAfter(now)) {
                // still waiting for the partner's answer
                out.attempt(leadId, k, attempt, assigned, null, null, null, null, acceptDue);
                if (assigned.plus(hours(slaHours / 2)).isBefore(now)) {
                    out.event(leadId, "FIRST_REMINDER_SENT", assigned.plus(hours(slaHours / 2)), null, k, null);
                }
                return new Result("ASSIGNED", true, false, assigned);
            }
            if (roll > p.diligence()) {
                // ignored: the accept SLA lapses and the lead moves on
                out.event(leadId, "FIRST_REMINDER_SENT", assigned.plus(hours(slaHours / 2)), null, k, null);
                if (acceptDue.isAfter(now)) {
                    out.attempt(leadId, k, attempt, assigned, null, null, null, null, acceptDue);
                    return new Result("ASSIGNED", true, false, assigned);
                }
                out.attempt(leadId, k, attempt, assigned, null, acceptDue, "ACCEPT_SLA_LAPSED", null, null);
                out.event(leadId, "ACCEPT_SLA_BREACHED", acceptDue, null, k, null);
                out.event(leadId, "RECYCLED", acceptDue, null, k, null);
                return new Result("RECEIVED", false, true, acceptDue);
            }
            if (random.nextDouble() < 0.12) {
                boolean recycle = random.nextDouble() < 0.7;
                String reason = recycle ? pick(REJECT_RECYCLE) : pick(REJECT_CLOSE);
                out.attempt(leadId, k, attempt, assigned, null, answered, "REJECTED", reason, null);
                out.event(leadId, "REJECTED", answered, "partner", k, reason);
                if (recycle) {
                    out.event(leadId, "RECYCLED", answered, null, k, null);
                    return new Result("RECEIVED", false, true, answered);
                }
                out.event(leadId, "CLOSED", answered, null, k, reason);
                return new Result("CLOSED", false, false, answered);
            }
            return work(p, attempt, assigned, answered);
        }

        private Result work(PartnerSpec p, int attempt, Instant assigned, Instant accepted) {
            String k = p.key();
            out.event(leadId, "ACCEPTED", accepted, "partner", k, null);
            Instant actDue = accepted.plus(Duration.ofDays(3));
            Instant acted = accepted.plus(hours(Math.exp(random.nextGaussian()) * 10 / p.speed()));
            double roll = random.nextDouble();
            if (acted.isAfter(now) || (roll < 0.08 && actDue.isAfter(now))) {
                out.attempt(leadId, k, attempt, assigned, accepted, null, null, null, actDue);
                return new Result("ACCEPTED", true, false, accepted);
            }
            if (roll < 0.08) {
                out.event(leadId, "SECOND_REMINDER_SENT", accepted.plus(Duration.ofDays(2)), null, k, null);
                out.attempt(leadId, k, attempt, assigned, accepted, actDue, "ACT_SLA_LAPSED", null, null);
                out.event(leadId, "ACT_SLA_BREACHED", actDue, null, k, null);
                out.event(leadId, "RECYCLED", actDue, null, k, null);
                return new Result("RECEIVED", false, true, actDue);
            }
            if (roll < 0.20) {
                String reason = pick(REJECT_CLOSE);
                out.attempt(leadId, k, attempt, assigned, accepted, acted, "REJECTED", reason, null);
                out.event(leadId, "REJECTED", acted, "partner", k, reason);
                out.event(leadId, "CLOSED", acted, null, k, reason);
                return new Result("CLOSED", false, false, acted);
            }
            if (roll < 0.42) {
                out.event(leadId, "NURTURED", acted, "partner", k, "check in later");
                Instant checkIn = acted.plus(Duration.ofDays(30));
                if (checkIn.isBefore(now)) {
                    // an old nurture has had its check-in: the prospect dropped out (keeps open leads few)
                    out.event(leadId, "NURTURE_CHECK_IN_DUE", checkIn, null, k, null);
                    out.event(leadId, "NURTURE_RESUMED", checkIn.plus(Duration.ofHours(3)), "partner", k, null);
                    Instant closed = checkIn.plus(Duration.ofHours(4));
                    out.attempt(leadId, k, attempt, assigned, accepted, closed, "REJECTED", "no-need-or-budget", null);
                    out.event(leadId, "REJECTED", closed, "partner", k, "no-need-or-budget");
                    out.event(leadId, "CLOSED", closed, null, k, "no-need-or-budget");
                    return new Result("CLOSED", false, false, closed);
                }
                out.attempt(leadId, k, attempt, assigned, accepted, null, null, null, null);
                if (random.nextBoolean()) {
                    out.event(leadId, "NOTE_ADDED", acted.plus(Duration.ofDays(2)), "partner", k, "Budget next quarter");
                }
                return new Result("NURTURING", true, false, acted);
            }
            out.event(leadId, "QUALIFIED", acted, "partner", k, null);
            Instant submitted = acted.plus(hours(2 + random.nextInt(20)));
            long amount = 5_000L * (2 + random.nextInt(40));
            out.event(leadId, "DEAL_SUBMITTED", submitted, "partner", k, null);
            Instant decided = submitted.plus(hours(4 + random.nextInt(40)));
            if (decided.isAfter(now)) {
                out.deal(leadId, k, "Deal", amount, submitted, "partner", null, null);
                out.attempt(leadId, k, attempt, assigned, accepted, null, null, null, null);
                return new Result("DEAL_IN_REVIEW", true, false, submitted);
            }
            double verdict = random.nextDouble();
            if (verdict < 0.2) {
                out.deal(leadId, k, "Deal", amount, submitted, "partner", "SENT_BACK", decided);
                out.event(leadId, "DEAL_SENT_BACK", decided, "dealdesk", k, "Please name the competitors");
                submitted = decided.plus(hours(6 + random.nextInt(30)));
                if (submitted.isAfter(now)) {
                    out.attempt(leadId, k, attempt, assigned, accepted, null, null, null, null);
                    return new Result("DEAL_SENT_BACK", true, false, decided);
                }
                out.event(leadId, "DEAL_RESUBMITTED", submitted, "partner", k, null);
                decided = submitted.plus(hours(4 + random.nextInt(24)));
                verdict = 0.5;
            }
            if (decided.isAfter(now)) {
                out.deal(leadId, k, "Deal", amount, submitted, "partner", null, null);
                out.attempt(leadId, k, attempt, assigned, accepted, null, null, null, null);
                return new Result("DEAL_IN_REVIEW", true, false, submitted);
            }
            if (verdict < 0.35) {
                out.deal(leadId, k, "Deal", amount, submitted, "partner", "REJECTED", decided);
                out.event(leadId, "DEAL_REJECTED", decided, "dealdesk", k, "existing-vendor-opportunity");
                out.attempt(leadId, k, attempt, assigned, accepted, decided, "DEAL_REJECTED", "existing-vendor-opportunity", null);
                out.event(leadId, "CLOSED", decided, null, k, "existing-vendor-opportunity");
                return new Result("CLOSED", false, false, decided);
            }
            out.deal(leadId, k, "Deal", amount, submitted, "partner", "APPROVED", decided);
            out.event(leadId, "DEAL_APPROVED", decided, "dealdesk", k, null);
            out.opportunity(leadId, k, "Opportunity", amount, decided);
            out.event(leadId, "OPPORTUNITY_CREATED", decided, null, k, null);
            out.attempt(leadId, k, attempt, assigned, accepted, decided, "OPPORTUNITY_CREATED", null, null);
            return new Result("OPPORTUNITY_CREATED", false, false, decided);
        }
    }

    private int poisson(double mean) {
        double limit = Math.exp(-mean);
        double product = random.nextDouble();
        int n = 0;
        while (product > limit) {
            product *= random.nextDouble();
            n++;
        }
        return n;
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }

    private Duration minutes(int min, int max) {
        return Duration.ofSeconds(60L * min + random.nextInt(Math.max(1, (max - min) * 60)));
    }

    private static Duration hours(double hours) {
        return Duration.ofSeconds(Math.max(60, Math.round(hours * 3600)));
    }
}
