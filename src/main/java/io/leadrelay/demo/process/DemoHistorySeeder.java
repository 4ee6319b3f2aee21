package io.leadrelay.demo.process;

import io.leadrelay.demo.DemoHistory;
import io.leadrelay.demo.HistoryWriter;
import io.leadrelay.partner.PartnerTier;
import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo profile's past: about 90 days of lead history for the demo partners, written straight into our tables
 * (no process instances), so the dashboards have something to show on first start. Runs once: a database that
 * already holds demo history is left alone. Platinum partners answer faster and let fewer leads lapse.
 */
@Component
@Profile("demo")
class DemoHistorySeeder {

    private static final Logger log = LoggerFactory.getLogger(DemoHistorySeeder.class);
    static final int DAYS = 90;
    static final double LEADS_PER_REGION_AND_DAY = 1.5;

    private final JdbcTemplate jdbc;
    private final Clock clock;

    DemoHistorySeeder(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** After the partners (order 10), before the users and the welcome text (order 30). */
    @EventListener(ApplicationReadyEvent.class)
    @Order(15)
    @Transactional
    public void seedHistory() {
        Integer existing = jdbc.queryForObject("select count(*) from lead where hubspot_contact_id like 'demo-%'",
                Integer.class);
        if (existing != null && existing > 0) {
            return;
        }
        long started = System.nanoTime();
        List<DemoHistory.PartnerSpec> specs = DemoDataSeeder.PARTNERS.stream()
                .map(p -> new DemoHistory.PartnerSpec(p.key(), p.regions().iterator().next(), p.types(),
                        speed(p.tier()), diligence(p.tier())))
                .toList();
        int leads = new DemoHistory(new HistoryWriter(jdbc), 20250301L)
                .generate(specs, clock.instant(), DAYS, LEADS_PER_REGION_AND_DAY);
        log.info("Demo history: {} leads over {} days written in {} ms", leads, DAYS,
                (System.nanoTime() - started) / 1_000_000);
    }

    private static double speed(PartnerTier tier) {
        return switch (tier) {
            case PLATINUM -> 1.6;
            case GOLD -> 1.2;
            case SILVER -> 0.9;
            default -> 0.6;
        };
    }

    private static double diligence(PartnerTier tier) {
        return switch (tier) {
            case PLATINUM -> 0.96;
            case GOLD -> 0.9;
            case SILVER -> 0.82;
            default -> 0.7;
        };
    }
}
