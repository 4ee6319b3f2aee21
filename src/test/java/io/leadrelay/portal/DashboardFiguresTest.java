package io.leadrelay.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.leadrelay.support.HubSpotRequests;
import io.leadrelay.support.PortalDataset;
import io.leadrelay.support.TestPartners;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Every dashboard figure over HTTP against {@link PortalDataset}, whose answers were worked out by hand (the
 * arithmetic is in the comments). The region filter keeps other tests' leads out, also on a shared PostgreSQL.
 */
// the same configuration as SecurityHardeningTest, so both share one Spring context (and one engine)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureObservability
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardFiguresTest {

    private static final double EPS = 1e-6;

    @LocalServerPort int port;
    @Autowired TestPartners fixtures;
    @Autowired PortalDataset dataset;
    @Autowired io.leadrelay.support.MilestoneCheck milestones;
    @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;

    private final ObjectMapper json = new ObjectMapper();
    TestPartners.World world;
    String a;
    String b;
    Map<String, String> leads;

    @BeforeAll
    void dataset() {
        world = fixtures.world(2);
        a = world.partners().get(0).getKey();
        b = world.partners().get(1).getKey();
        leads = dataset.write(world, Instant.now());
    }

    private String range() {
        return "from=2025-03-01&to=2025-03-31&region=" + world.region();
    }

    private JsonNode manager(String query) throws Exception {
        HttpResponse<String> response = HubSpotRequests.get(port, "/api/dashboard/manager?" + query, world.managerId());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    private JsonNode partnerAs(String user, String query) throws Exception {
        HttpResponse<String> response = HubSpotRequests.get(port, "/api/dashboard/partner?" + query, user);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    private static JsonNode byKey(JsonNode array, String field, String value) {
        for (JsonNode node : array) {
            if (value.equals(node.path(field).asText())) {
                return node;
            }
        }
        throw new AssertionError(value + " not in " + array);
    }

    /** The benchmarks' and the demo's generated history must look to the dashboards as the journal's would. */
    @Test
    void generatedHistoryCarriesTheMilestonesTheJournalWouldKeep() {
        TestPartners.World generated = fixtures.world(5);
        var written = new io.leadrelay.support.LeadDataGenerator(jdbc, 7).history(generated.partnerKeys(),
                generated.region(), 400, Instant.now(), java.time.Duration.ofDays(120));

        assertThat(written.leads()).isEqualTo(400);
        assertThat(jdbc.queryForObject("select count(*) from lead where region = ? and first_acted_at is not null",
                Long.class, generated.region())).isPositive();
        assertThat(jdbc.queryForObject("select count(*) from assignment a join lead l on l.id = a.lead_id "
                + "where l.region = ? and a.recycled", Long.class, generated.region())).isPositive();
        assertThat(milestones.differences(generated.region())).isEmpty();
    }

    @Test
    void scoreboardGivesEachPartnersFigures() throws Exception {
        JsonNode byPartner = manager(range()).get("byPartner");
        assertThat(byPartner).hasSize(2);

        JsonNode fa = byKey(byPartner, "partnerKey", a);
        // A: 10 tries; accepted A1..A5; answered + A6 rejected, A7 A8 lapsed = 8; breached A5 (act), A7, A8
        assertThat(fa.get("tries").asLong()).isEqualTo(10);
        assertThat(fa.get("answered").asLong()).isEqualTo(8);
        assertThat(fa.get("accepted").asLong()).isEqualTo(5);
        assertThat(fa.get("slaMeasured").asLong()).isEqualTo(8);
        assertThat(fa.get("slaBreached").asLong()).isEqualTo(3);
        assertThat(fa.get("slaCompliance").asDouble()).isCloseTo(5.0 / 8, within(EPS));
        assertThat(fa.get("acceptanceRate").asDouble()).isCloseTo(5.0 / 8, within(EPS));
        assertThat(fa.get("medianHoursToAccept").asDouble()).isCloseTo(3.0, within(EPS)); // 1 2 [3] 4 5
        assertThat(fa.get("deals").asLong()).isEqualTo(3);                                  // A1 A2 A3
        assertThat(fa.get("dealConversion").asDouble()).isCloseTo(3.0 / 5, within(EPS));
        assertThat(fa.get("opportunities").asLong()).isEqualTo(2);                          // A1 A2
        assertThat(fa.get("opportunityConversion").asDouble()).isCloseTo(2.0 / 5, within(EPS));
        assertThat(fa.get("recycledAway").asLong()).isEqualTo(4);                           // A5 A6 A7 A8

        JsonNode fb = byKey(byPartner, "partnerKey", b);
        // B: B1..B10 and the recycled A5 A6 A7 A8 = 14 tries; accepted B1..B6, A5, A6 = 8;
        // answered + B7 rejected, B8 lapsed, A7 rejected = 11; breached B8
        assertThat(fb.get("tries").asLong()).isEqualTo(14);
        assertThat(fb.get("answered").asLong()).isEqualTo(11);
        assertThat(fb.get("accepted").asLong()).isEqualTo(8);
        assertThat(fb.get("slaCompliance").asDouble()).isCloseTo(10.0 / 11, within(EPS));
        assertThat(fb.get("acceptanceRate").asDouble()).isCloseTo(8.0 / 11, within(EPS));
        assertThat(fb.get("medianHoursToAccept").asDouble()).isCloseTo(5.0, within(EPS)); // 1 2 3 4 | 6 8 10 12
        assertThat(fb.get("deals").asLong()).isEqualTo(4);                                  // B1 B2 B3 A6
        assertThat(fb.get("opportunities").asLong()).isEqualTo(3);                          // B1 B2 A6
        assertThat(fb.get("recycledAway").asLong()).isEqualTo(1);                           // B8
    }

    @Test
    void programmePoolsAllTries() throws Exception {
        JsonNode programme = manager(range()).get("programme");
        assertThat(programme.get("tries").asLong()).isEqualTo(24);
        assertThat(programme.get("slaCompliance").asDouble()).isCloseTo(15.0 / 19, within(EPS));
        assertThat(programme.get("acceptanceRate").asDouble()).isCloseTo(13.0 / 19, within(EPS));
        // 1 1 2 2 3 3 [4] 4 5 6 8 10 12
        assertThat(programme.get("medianHoursToAccept").asDouble()).isCloseTo(4.0, within(EPS));
        assertThat(programme.get("dealConversion").asDouble()).isCloseTo(7.0 / 13, within(EPS));
        assertThat(programme.get("opportunityConversion").asDouble()).isCloseTo(5.0 / 13, within(EPS));
        assertThat(programme.get("recycledAway").asLong()).isEqualTo(5);
    }

    @Test
    void complianceByWeekLeadTypeAndRegion() throws Exception {
        JsonNode dashboard = manager(range());
        JsonNode weeks = dashboard.get("byWeek");
        assertThat(weeks).hasSize(2);
        // week of 3 March: A's 10 tries + B's 4 on recycled A leads; measured 8 + 3, breached 3
        assertThat(weeks.get(0).get("bucket").asText()).isEqualTo("2025-03-03");
        assertThat(weeks.get(0).get("figures").get("slaCompliance").asDouble()).isCloseTo(8.0 / 11, within(EPS));
        assertThat(weeks.get(0).get("figures").get("acceptanceRate").asDouble()).isCloseTo(7.0 / 11, within(EPS));
        // week of 10 March: B1..B10; measured 8, breached 1
        assertThat(weeks.get(1).get("bucket").asText()).isEqualTo("2025-03-10");
        assertThat(weeks.get(1).get("figures").get("slaCompliance").asDouble()).isCloseTo(7.0 / 8, within(EPS));

        JsonNode types = dashboard.get("byLeadType");
        assertThat(byKey(types, "bucket", "demo-request").get("figures").get("slaCompliance").asDouble())
                .isCloseTo(8.0 / 11, within(EPS));
        assertThat(byKey(types, "bucket", "event").get("figures").get("slaCompliance").asDouble())
                .isCloseTo(7.0 / 8, within(EPS));
        JsonNode regions = dashboard.get("byRegion");
        assertThat(regions).hasSize(1);
        assertThat(regions.get(0).get("figures").get("slaCompliance").asDouble()).isCloseTo(15.0 / 19, within(EPS));
    }

    @Test
    void funnelCountsLeadsAtEachStage() throws Exception {
        JsonNode funnel = manager(range()).get("funnel");
        assertThat(funnel.get("received").asLong()).isEqualTo(20);
        assertThat(funnel.get("accepted").asLong()).isEqualTo(12);       // A1..A6 (A6 by B), B1..B6
        assertThat(funnel.get("dealRegistered").asLong()).isEqualTo(7);  // A1 A2 A3 A6 B1 B2 B3
        assertThat(funnel.get("opportunity").asLong()).isEqualTo(5);     // A1 A2 A6 B1 B2
        assertThat(funnel.get("acceptedRate").asDouble()).isCloseTo(12.0 / 20, within(EPS));
        assertThat(funnel.get("dealRate").asDouble()).isCloseTo(7.0 / 12, within(EPS));
        assertThat(funnel.get("opportunityRate").asDouble()).isCloseTo(5.0 / 7, within(EPS));
    }

    @Test
    void waterfallGivesP50AndP90OfEachStep() throws Exception {
        JsonNode steps = manager(range()).get("waterfall");
        // received -> assigned: lead n after n minutes, n = 1..20: p50 10.5 min; p90 at 0.9*19 = 17.1 -> 18.1 min
        assertStep(steps.get(0), 20, 10.5 / 60, 18.1 / 60);
        // assigned -> notified: always 6 minutes
        assertStep(steps.get(1), 20, 0.1, 0.1);
        // notified -> first acceptance, minutes: 54 114 114 174 234 [234 235] 294 354 474 594 714;
        // p90 at 0.9*11 = 9.9 -> 474 + 0.9*120 = 582
        assertStep(steps.get(2), 12, 234.5 / 60, 582.0 / 60);
        // accepted -> first action, hours: seven qualified after 1, A4's note after 2, B4 nurtured after 4;
        // p90 at 0.9*8 = 7.2 -> 2 + 0.2*2 = 2.4
        assertStep(steps.get(3), 9, 1.0, 2.4);
    }

    private static void assertStep(JsonNode step, long leads, double p50, double p90) {
        assertThat(step.get("leads").asLong()).as(step.toString()).isEqualTo(leads);
        assertThat(step.get("p50Hours").asDouble()).as(step.toString()).isCloseTo(p50, within(EPS));
        assertThat(step.get("p90Hours").asDouble()).as(step.toString()).isCloseTo(p90, within(EPS));
    }

    @Test
    void bottlenecksCountOpenAndStalledLeadsPerStage() throws Exception {
        JsonNode stages = manager(range()).get("bottlenecks");
        JsonNode assigned = byKey(stages, "status", "ASSIGNED");       // A8 A9 A10 B9 B10
        assertThat(assigned.get("leads").asLong()).isEqualTo(5);
        assertThat(assigned.get("overdue").asLong()).isEqualTo(2);      // A9 B10
        assertThat(assigned.get("stalled").asLong()).isEqualTo(2);
        assertThat(assigned.get("longestHoursWaiting").asDouble()).isCloseTo(72.0, within(0.1));
        JsonNode accepted = byKey(stages, "status", "ACCEPTED");       // A4 A5 B5 B6
        assertThat(accepted.get("leads").asLong()).isEqualTo(4);
        assertThat(accepted.get("stalled").asLong()).isZero();
        JsonNode nurturing = byKey(stages, "status", "NURTURING");     // B4, ten days
        assertThat(nurturing.get("leads").asLong()).isEqualTo(1);
        assertThat(nurturing.get("stalled").asLong()).isEqualTo(1);
        assertThat(nurturing.get("p50HoursWaiting").asDouble()).isCloseTo(240.0, within(0.1));
        assertThat(byKey(stages, "status", "DEAL_IN_REVIEW").get("leads").asLong()).isEqualTo(2); // A3 B3
        assertThat(byKey(stages, "status", "DEAL_SENT_BACK").get("leads").asLong()).isZero();
    }

    @Test
    void recyclingTriageAndRejectionReasons() throws Exception {
        JsonNode dashboard = manager(range());
        JsonNode events = dashboard.get("events");
        assertThat(events.get("RECYCLED").asLong()).isEqualTo(5);
        assertThat(events.get("ACCEPT_SLA_BREACHED").asLong()).isEqualTo(3);
        assertThat(events.get("ACT_SLA_BREACHED").asLong()).isEqualTo(1);
        assertThat(events.get("TRIAGE_NEEDED").asLong()).isEqualTo(1);
        assertThat(events.get("CLOSED").asLong()).isEqualTo(2);
        JsonNode reasons = dashboard.get("rejectionReasons");
        assertThat(reasons.get("outside-territory").asLong()).isEqualTo(2);
        assertThat(reasons.get("invalid-contact").asLong()).isEqualTo(1);
    }

    @Test
    void filtersNarrowTheFigures() throws Exception {
        // only B's figures: tries of B, and for lead-level figures the leads B ever had (B1..B10, A5..A8)
        JsonNode onlyB = manager(range() + "&partner=" + b);
        assertThat(onlyB.get("programme").get("tries").asLong()).isEqualTo(14);
        assertThat(onlyB.get("funnel").get("received").asLong()).isEqualTo(14);
        // only events: B1..B10
        JsonNode events = manager(range() + "&leadType=event");
        assertThat(events.get("funnel").get("received").asLong()).isEqualTo(10);
        assertThat(events.get("programme").get("slaCompliance").asDouble()).isCloseTo(7.0 / 8, within(EPS));
        // only the second week
        JsonNode week2 = manager("from=2025-03-10&to=2025-03-16&region=" + world.region());
        assertThat(week2.get("funnel").get("received").asLong()).isEqualTo(10);
    }

    @Test
    void partnerHomeSetsOwnFiguresBesideTheProgramme() throws Exception {
        JsonNode home = partnerAs(world.userOf(a), range());
        assertThat(home.get("partnerKey").asText()).isEqualTo(a);
        assertThat(home.get("own").get("slaCompliance").asDouble()).isCloseTo(5.0 / 8, within(EPS));
        assertThat(home.get("own").get("medianHoursToAccept").asDouble()).isCloseTo(3.0, within(EPS));
        assertThat(home.get("programme").get("slaCompliance").asDouble()).isCloseTo(15.0 / 19, within(EPS));
        assertThat(home.get("programme").get("medianHoursToAccept").asDouble()).isCloseTo(4.0, within(EPS));
        assertThat(home.get("trend")).hasSize(12);
        // A's open leads, most urgent first: A9 (overdue), A10 (due tomorrow), A4 (in two days), A3 (no clock)
        JsonNode open = home.get("openLeads");
        assertThat(open).hasSize(4);
        assertThat(open.get(0).get("id").asText()).isEqualTo(leads.get("A9"));
        assertThat(open.get(1).get("id").asText()).isEqualTo(leads.get("A10"));
        assertThat(open.get(2).get("id").asText()).isEqualTo(leads.get("A4"));
        assertThat(open.get(3).get("id").asText()).isEqualTo(leads.get("A3"));
    }
}
