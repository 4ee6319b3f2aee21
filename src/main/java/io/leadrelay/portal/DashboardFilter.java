package io.leadrelay.portal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * What a dashboard looks at: leads received from {@code from} (inclusive) to {@code to} (inclusive, whole UTC
 * days), optionally one region, lead type and partner. Renders itself as SQL conditions on the lead alias
 * {@code l}; only the conditions that are set are written, so PostgreSQL never has to guess a null's type.
 */
record DashboardFilter(LocalDate from, LocalDate to, String region, String leadType, String partnerKey) {

    static final int DEFAULT_DAYS = 90;

    static DashboardFilter of(LocalDate from, LocalDate to, String region, String leadType, String partnerKey,
                              Clock clock) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        LocalDate until = to == null ? today : to;
        LocalDate since = from == null ? until.minusDays(DEFAULT_DAYS - 1) : from;
        return new DashboardFilter(since, until, blankToNull(region), blankToNull(leadType), blankToNull(partnerKey));
    }

    DashboardFilter forPartner(String key) {
        return new DashboardFilter(from, to, region, leadType, key);
    }

    Instant start() {
        return from.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    Instant end() {
        return to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /**
     * Conditions on the lead ({@code l}); the partner condition matches leads that partner had at any try,
     * or, where the query is about tries, the try's partner ({@code partnerColumn}).
     */
    String where(MapSqlParameterSource params, boolean withDates, String partnerColumn) {
        List<String> conditions = new ArrayList<>();
        if (withDates) {
            conditions.add("l.received_at >= :fromTs and l.received_at < :toTs");
            params.addValue("fromTs", start().atOffset(ZoneOffset.UTC));
            params.addValue("toTs", end().atOffset(ZoneOffset.UTC));
        }
        if (region != null) {
            conditions.add("l.region = :region");
            params.addValue("region", region);
        }
        if (leadType != null) {
            conditions.add("l.lead_type = :leadType");
            params.addValue("leadType", leadType);
        }
        if (partnerKey != null) {
            conditions.add(partnerColumn == null
                    ? "exists (select 1 from assignment fp where fp.lead_id = l.id and fp.partner_key = :partnerKey)"
                    : partnerColumn + " = :partnerKey");
            params.addValue("partnerKey", partnerKey);
        }
        return conditions.isEmpty() ? "1 = 1" : String.join(" and ", conditions);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
