package io.leadrelay.sync;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.moreThanOrExactly;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.leadrelay.intake.HubSpotIntakeTest;
import io.leadrelay.lead.Lead;
import io.leadrelay.lead.LeadJournal;
import io.leadrelay.lead.LeadRepository;
import io.leadrelay.partner.PartnerRepository;
import java.time.Duration;
import io.leadrelay.lead.LeadStatus;
import io.leadrelay.lead.LeadEventType;
import io.leadrelay.support.TestPartners;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Status sync back to HubSpot against WireMock: each change written once, failures kept and retried. */
class HubSpotStatusSyncTest extends HubSpotIntakeTest {

    @Autowired HubSpotStatusSync sync;
    @Autowired HubSpotSyncStateRepository states;
    @Autowired TestPartners fixtures;
    @Autowired LeadJournal journal;
    @Autowired LeadRepository leads;
    @Autowired PartnerRepository partners;

    @Test
    void statusChangesAreWrittenToTheContactOnceAndFailuresAreKept() {
        crm.stubFor(patch(urlPathMatching("/crm/v3/objects/contacts/\\d+")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("{}")));
        Lead lead = fixtures.newLead(fixtures.world(1), "demo-request");
        String path = "/crm/v3/objects/contacts/" + lead.getHubspotContactId();
        // the lifecycle assigns the lead asynchronously; sync once it has settled
        Lead assigned = await().atMost(Duration.ofSeconds(20)).until(() -> leads.findById(lead.getId()).orElseThrow(),
                found -> found.getStatus() == LeadStatus.ASSIGNED);

        assertThat(sync.syncDue()).isPositive();
        crm.verify(moreThanOrExactly(1), patchRequestedFor(urlPathEqualTo(path))
                .withHeader("Authorization", equalTo("Bearer test-token"))
                .withRequestBody(matchingJsonPath("$.properties.leadrelay_status", equalTo("ASSIGNED")))
                .withRequestBody(matchingJsonPath("$.properties.leadrelay_partner",
                        equalTo(partners.findById(assigned.getPartnerKey()).orElseThrow().getName()))));
        int written = patches(path);
        sync.syncDue();
        assertThat(patches(path)).as("nothing changed, nothing written").isEqualTo(written);

        crm.stubFor(patch(urlPathEqualTo(path)).willReturn(aResponse().withStatus(403).withBody("missing scope")));
        journal.changeStatus(lead.getId(), LeadStatus.CLOSED, LeadEventType.CLOSED, null, "test");
        sync.syncDue();
        HubSpotSyncState failed = states.findById(lead.getId()).orElseThrow();
        assertThat(failed.getLastError()).contains("403").contains("missing scope");
        assertThat(failed.getSyncedStatus()).isEqualTo("ASSIGNED");
        // backing off: not tried again at once
        int tried = patches(path);
        sync.syncDue();
        assertThat(patches(path)).isEqualTo(tried);
    }

    private int patches(String path) {
        return crm.findAll(patchRequestedFor(urlPathEqualTo(path))).size();
    }
}
