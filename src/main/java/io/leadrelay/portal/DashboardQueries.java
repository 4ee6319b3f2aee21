package io.leadrelay.portal;

import io.leadrelay.lead.LeadStatus;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Every dashboard figure as one SQL aggregate over our tables (lead, assignment, lead_event), never the engine's
 * history and never all rows into memory. Milestones that would need a search of each lead's timeline (first
 * notification, first action, deal registered...) are read from columns LeadJournal keeps on the lead and the try.
 * The SQL is the common ground of H2 2.3 and PostgreSQL 15: {@code count(*) filter (...)},
 * {@code percentile_cont ... within group}, and durations as differences of {@code extract(epoch from ...)}
 * (seconds).
 *
 * <p>Figures over a period are cached per filter for a minute ({@code spring.cache.caffeine.spec}): over a million
 * leads one manager dashboard is seconds of database work, and figures of the last 90 days do not change in a
 * minute in a way anyone acts on. So are the manager's bottlenecks and the filter choices. A partner's own open
 * leads, the list it works from, are always read live.
 */
@Repository
class DashboardQueries {

    /** A Monday, 1970-01-05T00:00Z, in epoch seconds: weeks are counted from it, the same on both databases. */
    static final long WEEK_ORIGIN = 345_600L;
    static final long WEEK_SECONDS = 604_800L;

    private static final String SECONDS_TO_ACCEPT = "extract(epoch from a.accepted_at) - extract(epoch from a.assigned_at)";

    /**
     * Tries joined to their lead. What became of the lead with the try's partner (deal, opportunity, recycled) is
     * kept on the try by LeadJournal, so no timeline or deal table is searched here.
     */
    private static final String TRIES = """
            from assignment a
            join lead l on l.id = a.lead_id
            """;

    private static final String FIGURES = """
            count(*) as tries,
            count(*) filter (where a.accepted_at is not null or a.outcome in ('REJECTED', 'ACCEPT_SLA_LAPSED')) as answered,
            count(*) filter (where a.accepted_at is not null) as accepted,
            count(*) filter (where a.accepted_at is not null or a.outcome is not null) as sla_measured,
            count(*) filter (where a.outcome in ('ACCEPT_SLA_LAPSED', 'ACT_SLA_LAPSED')) as sla_breached,
            percentile_cont(0.5) within group (order by %s) as median_seconds_to_accept,
            count(*) filter (where a.deal_registered) as deals,
            count(*) filter (where a.opportunity_created) as opportunities,
            count(*) filter (where a.recycled) as recycled_away
            """.formatted(SECONDS_TO_ACCEPT);

    private final NamedParameterJdbcTemplate jdbc;

    DashboardQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The figures of the tries the filter selects, pooled (the programme, or one partner when it names one). */
    @Cacheable("dashboard.figures")
    public Figures figures(DashboardFilter filter) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        String sql = "select " + FIGURES + TRIES + " where " + filter.where(params, true, "a.partner_key");
        return jdbc.queryForObject(sql, params, (rs, row) -> figures(null, rs));
    }

    /** The same figures per partner, for the scoreboard and compliance by partner. */
    @Cacheable("dashboard.figuresByPartner")
    public List<Figures> figuresByPartner(DashboardFilter filter) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        String sql = "select a.partner_key, " + FIGURES + TRIES + " where " + filter.where(params, true, "a.partner_key")
                + " group by a.partner_key order by a.partner_key";
        return jdbc.query(sql, params, (rs, row) -> figures(rs.getString("partner_key"), rs));
    }

    /** SLA compliance and acceptance grouped by a lead column ({@code lead_type} or {@code region}). */
    @Cacheable("dashboard.complianceBy")
    public List<Share> complianceBy(String leadColumn, DashboardFilter filter) {
        if (!List.of("lead_type", "region").contains(leadColumn)) {
            throw new IllegalArgumentException(leadColumn);
        }
        MapSqlParameterSource params = new MapSqlParameterSource();
        String sql = "select l." + leadColumn + " as bucket, " + FIGURES + TRIES + " where "
                + filter.where(params, true, "a.partner_key") + " group by l." + leadColumn + " order by l." + leadColumn;
        return jdbc.query(sql, params, (rs, row) -> new Share(String.valueOf(rs.getString("bucket")),
                figures(null, rs)));
    }

    /** Figures per week of receipt (weeks start on Monday, UTC), oldest first. */
    @Cacheable("dashboard.byWeek")
    public List<Share> byWeek(DashboardFilter filter) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        String week = "floor((extract(epoch from l.received_at) - " + WEEK_ORIGIN + ") / " + WEEK_SECONDS + ")";
        String sql = "select " + week + " as week_no, " + FIGURES + TRIES + " where "
                + filter.where(params, true, "a.partner_key") + " group by " + week + " order by " + week;
        return jdbc.query(sql, params, (rs, row) -> new Share(weekStart(rs.getLong("week_no")).toString(),
                figures(null, rs)));
    }

    /** Leads received → accepted (by any partner) → deal registered → opportunity. */
    @Cacheable("dashboard.funnel")
    public Funnel funnel(DashboardFilter filter) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        String sql = """
                select count(*) as received,
                       count(l.first_accepted_at) as accepted,
                       count(l.deal_registered_at) as deal_registered,
                       count(l.opportunity_created_at) as opportunity
                from lead l where """ + " " + filter.where(params, true, null);
        return jdbc.queryForObject(sql, params, (rs, row) -> new Funnel(rs.getLong("received"),
                rs.getLong("accepted"), rs.getLong("deal_registered"), rs.getLong("opportunity")));
    }

    /**
     * Speed to lead, per lead: received → first assignment → first notification → first acceptance → first
     * action after it (qualified, nurtured, rejected, deal submitted or a note); p50 and p90 of each step in hours.
     * The first times are kept on the lead as they happen (LeadMilestones says how they are defined).
     */
    @Cacheable("dashboard.waterfall")
    public List<Step> waterfall(DashboardFilter filter) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        String sql = """
                with t as (
                  select extract(epoch from l.first_assigned_at) - extract(epoch from l.received_at) as to_assigned,
                         extract(epoch from l.first_notified_at) - extract(epoch from l.first_assigned_at) as to_notified,
                         extract(epoch from l.first_accepted_at) - extract(epoch from l.first_notified_at) as to_accepted,
                         extract(epoch from l.first_acted_at) - extract(epoch from l.first_accepted_at) as to_action
                  from lead l
                  where l.first_assigned_at is not null and """ + " " + filter.where(params, true, null) + """
                )
                select count(to_assigned) as n1,
                       percentile_cont(0.5) within group (order by to_assigned) as p50_1,
                       percentile_cont(0.9) within group (order by to_assigned) as p90_1,
                       count(to_notified) as n2,
                       percentile_cont(0.5) within group (order by to_notified) as p50_2,
                       percentile_cont(0.9) within group (order by to_notified) as p90_2,
                       count(to_accepted) as n3,
                       percentile_cont(0.5) within group (order by to_accepted) as p50_3,
                       percentile_cont(0.9) within group (order by to_accepted) as p90_3,
                       count(to_action) as n4,
                       percentile_cont(0.5) within group (order by to_action) as p50_4,
                       percentile_cont(0.9) within group (order by to_action) as p90_4
                from t
                """;
        String[] names = {"received → assigned", "assigned → notified", "notified → accepted", "accepted → first action"};
        return jdbc.queryForObject(sql, params, (rs, row) -> {
            List<Step> steps = new ArrayList<>();
            for (int i = 1; i <= 4; i++) {
                steps.add(new Step(names[i - 1], rs.getLong("n" + i), hours(rs, "p50_" + i), hours(rs, "p90_" + i)));
            }
            return steps;
        });
    }

    /**
     * Open leads now, per status: how many, how long they have waited in it (p50, longest; hours), how many are
     * stalled: past their SLA, or in the status for more than {@code stalledAfterDays} days.
     */
    // keyed by the filter alone, so the manager's view of what is stalled may be up to a cache period old
    @Cacheable(cacheNames = "dashboard.bottlenecks", key = "#filter")
    public List<Stage> bottlenecks(DashboardFilter filter, Instant now, int stalledAfterDays) {
        MapSqlParameterSource params = new MapSqlParameterSource()
                .addValue("statuses", openStatuses())
                .addValue("now", now.atOffset(ZoneOffset.UTC))
                .addValue("stalledBefore", now.minusSeconds(stalledAfterDays * 86_400L).atOffset(ZoneOffset.UTC));
        String sql = """
                select l.status,
                       count(*) as leads,
                       percentile_cont(0.5) within group (order by extract(epoch from l.updated_at)) as p50_since,
                       min(extract(epoch from l.updated_at)) as oldest_since,
                       count(*) filter (where a.sla_due_at < :now or l.updated_at < :stalledBefore) as stalled,
                       count(*) filter (where a.sla_due_at < :now) as overdue
                from lead l
                left join assignment a on a.lead_id = l.id and a.ended_at is null
                where l.status in (:statuses) and """ + " " + filter.where(params, false, "l.partner_key") + """
                 group by l.status
                """;
        double nowSeconds = now.getEpochSecond();
        Map<String, Stage> byStatus = new TreeMap<>();
        jdbc.query(sql, params, rs -> {
            String status = rs.getString("status");
            byStatus.put(status, new Stage(status, rs.getLong("leads"),
                    (nowSeconds - rs.getDouble("p50_since")) / 3600.0,
                    (nowSeconds - rs.getDouble("oldest_since")) / 3600.0,
                    rs.getLong("stalled"), rs.getLong("overdue")));
        });
        List<Stage> stages = new ArrayList<>();
        for (String status : openStatuses()) {
            stages.add(byStatus.getOrDefault(status, new Stage(status, 0, null, null, 0, 0)));
        }
        return stages;
    }

    /** Timeline events that tell of lapses, recycling and triage, counted by type. */
    @Cacheable("dashboard.eventCounts")
    public Map<String, Long> eventCounts(DashboardFilter filter) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        String sql = """
                select e.type, count(*) as n from lead_event e join lead l on l.id = e.lead_id
                where e.type in ('FIRST_REMINDER_SENT', 'SECOND_REMINDER_SENT', 'ACCEPT_SLA_BREACHED', 'ACT_SLA_BREACHED',
                                 'RECYCLED', 'TRIAGE_NEEDED', 'TRIAGE_REASSIGNED', 'CLOSED', 'DEAL_SENT_BACK',
                                 'DEAL_APPROVED', 'DEAL_REJECTED')
                  and """ + " " + filter.where(params, true, "e.partner_key")
                // a lead's events happen after its receipt: lets the (type, occurred_at) index skip older history
                + " and e.occurred_at >= :fromTs group by e.type";
        Map<String, Long> counts = new TreeMap<>();
        jdbc.query(sql, params, rs -> {
            counts.put(rs.getString("type"), rs.getLong("n"));
        });
        return counts;
    }

    /** Why partners turned leads down: rejected tries by reason. */
    @Cacheable("dashboard.rejectionReasons")
    public Map<String, Long> rejectionReasons(DashboardFilter filter) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        String sql = "select coalesce(a.reason, 'none') as reason, count(*) as n from assignment a join lead l on l.id = a.lead_id "
                + "where a.outcome = 'REJECTED' and " + filter.where(params, true, "a.partner_key")
                + " group by coalesce(a.reason, 'none') order by count(*) desc";
        Map<String, Long> counts = new java.util.LinkedHashMap<>();
        jdbc.query(sql, params, rs -> {
            counts.put(rs.getString("reason"), rs.getLong("n"));
        });
        return counts;
    }

    /** A partner's open leads with the running SLA's due time, most urgent first. */
    List<OpenLead> openLeads(String partnerKey) {
        MapSqlParameterSource params = new MapSqlParameterSource()
                .addValue("partnerKey", partnerKey)
                .addValue("statuses", openStatuses());
        String sql = """
                select l.id, l.company, l.first_name, l.last_name, l.lead_type, l.region, l.status, l.received_at,
                       a.sla_due_at
                from lead l
                left join assignment a on a.lead_id = l.id and a.ended_at is null and a.partner_key = l.partner_key
                where l.partner_key = :partnerKey and l.status in (:statuses)
                order by a.sla_due_at asc nulls last, l.received_at asc
                """;
        return jdbc.query(sql, params, (rs, row) -> new OpenLead(rs.getString("id"), rs.getString("company"),
                (nullToEmpty(rs.getString("first_name")) + " " + nullToEmpty(rs.getString("last_name"))).strip(),
                rs.getString("lead_type"), rs.getString("region"), LeadStatus.valueOf(rs.getString("status")),
                instant(rs, "received_at"), instant(rs, "sla_due_at")));
    }

    /** Partner keys and names, for filters and the scoreboard. */
    Map<String, String> partnerNames() {
        Map<String, String> names = new TreeMap<>();
        jdbc.query("select partner_key, name from partner", rs -> {
            names.put(rs.getString("partner_key"), rs.getString("name"));
        });
        return names;
    }

    @Cacheable("dashboard.distinct")
    public List<String> distinct(String leadColumn) {
        if (!List.of("lead_type", "region").contains(leadColumn)) {
            throw new IllegalArgumentException(leadColumn);
        }
        return jdbc.queryForList("select distinct " + leadColumn + " from lead where " + leadColumn
                + " is not null order by " + leadColumn, Map.of(), String.class);
    }

    static LocalDate weekStart(long weekNo) {
        return LocalDate.ofInstant(Instant.ofEpochSecond(WEEK_ORIGIN + weekNo * WEEK_SECONDS), ZoneOffset.UTC);
    }

    private static List<String> openStatuses() {
        return LeadStatus.HELD_BY_PARTNER.stream().map(Enum::name).sorted().toList();
    }

    private static Figures figures(String partnerKey, ResultSet rs) throws SQLException {
        return new Figures(partnerKey, rs.getLong("tries"), rs.getLong("answered"), rs.getLong("accepted"),
                rs.getLong("sla_measured"), rs.getLong("sla_breached"), hours(rs, "median_seconds_to_accept"),
                rs.getLong("deals"), rs.getLong("opportunities"), rs.getLong("recycled_away"));
    }

    private static Double hours(ResultSet rs, String column) throws SQLException {
        double seconds = rs.getDouble(column);
        return rs.wasNull() ? null : seconds / 3600.0;
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    /** Figures of one bucket: a lead type, a region, or a week (its Monday, ISO date). */
    record Share(String bucket, Figures figures) {
    }

    record Funnel(long received, long accepted, long dealRegistered, long opportunity) {
        @JsonProperty
        public Double acceptedRate() { return Figures.ratio(accepted, received); }
        @JsonProperty
        public Double dealRate() { return Figures.ratio(dealRegistered, accepted); }
        @JsonProperty
        public Double opportunityRate() { return Figures.ratio(opportunity, dealRegistered); }
    }

    record Step(String name, long leads, Double p50Hours, Double p90Hours) {
    }

    record Stage(String status, long leads, Double p50HoursWaiting, Double longestHoursWaiting, long stalled,
                 long overdue) {
    }

    record OpenLead(String id, String company, String contact, String leadType, String region, LeadStatus status,
                    Instant receivedAt, Instant slaDueAt) {
    }
}
