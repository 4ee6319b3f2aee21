package io.leadrelay.portal;

import io.leadrelay.portal.DashboardQueries.Funnel;
import io.leadrelay.portal.DashboardQueries.OpenLead;
import io.leadrelay.portal.DashboardQueries.Share;
import io.leadrelay.portal.DashboardQueries.Stage;
import io.leadrelay.portal.DashboardQueries.Step;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Puts the dashboards together from {@link DashboardQueries}. Who may see which one is the callers' business. */
@Service
@Transactional(readOnly = true)
class Dashboards {

    /** A lead counts as stalled when its SLA is past, or when it has sat in its status this long. */
    static final int STALLED_AFTER_DAYS = 7;
    static final int TREND_WEEKS = 12;

    private final DashboardQueries queries;
    private final Clock clock;

    Dashboards(DashboardQueries queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    record ManagerDashboard(DashboardFilter filter, Figures programme, Funnel funnel, List<Step> waterfall,
                            List<Figures> byPartner, List<Share> byLeadType, List<Share> byRegion, List<Share> byWeek,
                            List<Stage> bottlenecks, Map<String, Long> events, Map<String, Long> rejectionReasons,
                            Map<String, String> partnerNames) {
    }

    record PartnerDashboard(String partnerKey, String partnerName, DashboardFilter filter, Figures own,
                            Figures programme, List<TrendWeek> trend, List<OpenLead> openLeads, Instant now) {
    }

    record TrendWeek(String weekStart, Figures own, Figures programme) {
    }

    ManagerDashboard manager(DashboardFilter filter) {
        return new ManagerDashboard(filter, queries.figures(filter), queries.funnel(filter), queries.waterfall(filter),
                queries.figuresByPartner(filter), queries.complianceBy("lead_type", filter),
                queries.complianceBy("region", filter), queries.byWeek(filter),
                queries.bottlenecks(filter, clock.instant(), STALLED_AFTER_DAYS), queries.eventCounts(filter),
                queries.rejectionReasons(filter), queries.partnerNames());
    }

    /**
     * One partner's home: its figures next to the programme's (all partners, same filter but for the partner),
     * the last twelve weeks, and its open leads.
     */
    PartnerDashboard partner(String partnerKey, DashboardFilter filter) {
        DashboardFilter own = filter.forPartner(partnerKey);
        DashboardFilter everyone = filter.forPartner(null);
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        LocalDate thisMonday = DashboardQueries.weekStart(
                Math.floorDiv(today.atStartOfDay(ZoneOffset.UTC).toEpochSecond() - DashboardQueries.WEEK_ORIGIN,
                        DashboardQueries.WEEK_SECONDS));
        DashboardFilter trendRange = new DashboardFilter(thisMonday.minusWeeks(TREND_WEEKS - 1L), today,
                filter.region(), filter.leadType(), null);
        Map<String, Figures> ownWeeks = byBucket(queries.byWeek(trendRange.forPartner(partnerKey)));
        Map<String, Figures> allWeeks = byBucket(queries.byWeek(trendRange));
        List<TrendWeek> trend = java.util.stream.IntStream.range(0, TREND_WEEKS)
                .mapToObj(i -> thisMonday.minusWeeks(TREND_WEEKS - 1L - i).toString())
                .map(week -> new TrendWeek(week, ownWeeks.get(week), allWeeks.get(week)))
                .toList();
        return new PartnerDashboard(partnerKey, queries.partnerNames().getOrDefault(partnerKey, partnerKey), own,
                queries.figures(own), queries.figures(everyone), trend, queries.openLeads(partnerKey), clock.instant());
    }

    List<String> regions() {
        return queries.distinct("region");
    }

    List<String> leadTypes() {
        return queries.distinct("lead_type");
    }

    Map<String, String> partnerNames() {
        return queries.partnerNames();
    }

    private static Map<String, Figures> byBucket(List<Share> shares) {
        Map<String, Figures> map = new java.util.HashMap<>();
        shares.forEach(share -> map.put(share.bucket(), share.figures()));
        return map;
    }
}
