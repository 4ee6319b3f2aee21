package io.leadrelay.portal;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadrelay.lead.Lead;
import io.leadrelay.lead.LeadRepository;
import io.leadrelay.support.LifecycleDriver;
import io.leadrelay.support.TestPartners;
import java.time.Clock;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * With the production cache on: figures over a period are served from the cache for the same filter (a new lead
 * shows up only in a filter not asked before, or after the minute), while a partner's open leads are read live.
 */
@SpringBootTest(properties = {"spring.cache.type=caffeine",
        "spring.cache.caffeine.spec=maximumSize=100,expireAfterWrite=60s"})
@ActiveProfiles("test")
@DirtiesContext
class DashboardCacheTest {

    @Autowired DashboardQueries queries;
    @Autowired TestPartners fixtures;
    @Autowired LifecycleDriver driver;
    @Autowired RuntimeService runtime;
    @Autowired LeadRepository leads;
    @Autowired Clock clock;

    @Test
    void periodFiguresAreCachedPerFilterButOpenLeadsAreLive() {
        TestPartners.World world = fixtures.world(1);
        DashboardFilter region = DashboardFilter.of(null, null, world.region(), null, null, clock);
        assertThat(queries.funnel(region).received()).isZero();

        Lead lead = fixtures.newLead(world, "demo-request");
        driver.runAsyncJobs(runtime.createProcessInstanceQuery().processInstanceBusinessKey(lead.getId())
                .singleResult().getId());
        String partner = leads.findById(lead.getId()).orElseThrow().getPartnerKey();

        assertThat(queries.funnel(region).received()).as("same filter within the minute: cached").isZero();
        DashboardFilter regionAndType = DashboardFilter.of(null, null, world.region(), "demo-request", null, clock);
        assertThat(queries.funnel(regionAndType).received()).as("a filter not asked before").isEqualTo(1);
        assertThat(queries.openLeads(partner)).as("open leads are read live")
                .extracting(DashboardQueries.OpenLead::id).containsExactly(lead.getId());
    }
}
