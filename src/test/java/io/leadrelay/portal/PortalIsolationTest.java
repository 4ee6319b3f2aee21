package io.leadrelay.portal;

import static org.assertj.core.api.Assertions.assertThat;

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

/** Partner A sees none of partner B's leads or figures, whatever URL it tries; the manager views are staff-only. */
// the same configuration as SecurityHardeningTest, so both share one Spring context (and one engine)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureObservability
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PortalIsolationTest {

    @LocalServerPort int port;
    @Autowired TestPartners fixtures;
    @Autowired PortalDataset dataset;

    private final ObjectMapper json = new ObjectMapper();
    TestPartners.World world;
    String a;
    String b;
    String userA;
    Map<String, String> leads;

    @BeforeAll
    void dataset() {
        world = fixtures.world(2);
        a = world.partners().get(0).getKey();
        b = world.partners().get(1).getKey();
        userA = world.userOf(a);
        leads = dataset.write(world, Instant.now());
    }

    private HttpResponse<String> get(String path, String user) {
        return HubSpotRequests.get(port, path, user);
    }

    @Test
    void partnerAskingForAnotherPartnersFiguresGetsItsOwn() throws Exception {
        HttpResponse<String> response = get("/api/dashboard/partner?partner=" + b, userA);
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode home = json.readTree(response.body());
        assertThat(home.get("partnerKey").asText()).isEqualTo(a);
        assertThat(response.body()).doesNotContain(leads.get("B10")).doesNotContain(leads.get("A8"));
    }

    @Test
    void managerFiguresAndPagesAreForVendorStaffOnly() {
        assertThat(get("/api/dashboard/manager", userA).statusCode()).isEqualTo(403);
        assertThat(get("/dashboard", userA).statusCode()).isEqualTo(403);
        assertThat(get("/dashboard", world.managerId()).statusCode()).isEqualTo(200);
        assertThat(get("/partners/" + b, userA).statusCode()).isEqualTo(404);
        assertThat(get("/partners/" + a, userA).statusCode()).isEqualTo(200);
        assertThat(get("/partners/" + b, world.managerId()).body()).contains("Company B10");
        // the webapps' pages ask for the portal's sign-in
        HttpResponse<String> tasklist = get("/camunda/app/tasklist/default/", null);
        assertThat(tasklist.statusCode()).isEqualTo(302);
        assertThat(tasklist.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("/login"));
        // a refused API request says why
        HttpResponse<String> noPartner = get("/api/dashboard/partner", world.managerId());
        assertThat(noPartner.statusCode()).isEqualTo(400);
        assertThat(noPartner.body()).contains("Name a partner");
        HttpResponse<String> badDate = get("/api/dashboard/manager?from=2026-13-01", world.managerId());
        assertThat(badDate.statusCode()).isEqualTo(400);
        assertThat(badDate.body()).contains("'from' must be a date (yyyy-mm-dd), not '2026-13-01'");
    }

    @Test
    void anotherPartnersLeadLooksLikeNoLeadAtAll() {
        for (String other : new String[] {"B9", "B10", "A8"}) {   // A8 was recycled to B
            String id = leads.get(other);
            assertThat(get("/leads/" + id, userA).statusCode()).as(other).isEqualTo(404);
            assertThat(get("/api/leads/" + id, userA).statusCode()).as(other).isEqualTo(404);
            assertThat(get("/api/leads/" + id + "/notes", userA).statusCode()).as(other).isEqualTo(404);
            assertThat(HubSpotRequests.postJson(port, "/api/leads/" + id + "/notes", userA, "{\"text\":\"mine?\"}")
                    .statusCode()).as(other).isEqualTo(404);
        }
        assertThat(get("/leads/no-such-lead", userA).statusCode()).isEqualTo(404);
        HttpResponse<String> own = get("/leads/" + leads.get("A9"), userA);
        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(own.body()).contains("Company A9").contains("overdue by")
                .contains("<td>open</td>").doesNotContain("<td>null</td>"); // its one try is still open
    }

    @Test
    void partnerHomeListsOnlyOwnLeadsWithTheOverdueOneFirst() {
        HttpResponse<String> home = get("/", userA);
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("Company A9", "Company A10", "Company A4", "Company A3")
                .doesNotContain("Company B10").doesNotContain("Company A8");
        assertThat(home.body().indexOf("Company A9")).isLessThan(home.body().indexOf("Company A10"));
        assertThat(home.body()).contains("class=\"overdue\"");
    }

    @Test
    void faqIsReadableByPartnersAndEditableByAdminsOnly() {
        for (String slug : new String[] {"accepting-leads", "working-leads", "nurture", "deal-registration",
                "deal-review", "triage", "slas", "rejection-reasons", "contacts", "lead-process"}) {
            assertThat(get("/faq/" + slug, userA).statusCode()).as(slug).isEqualTo(200);
        }
        assertThat(get("/faq?q=competitors", userA).body()).contains("/faq/deal-registration")
                .doesNotContain("/faq/nurture\"");
        assertThat(get("/faq/slas", userA).body()).contains("<table>").contains("demo request");
        assertThat(get("/faq/new", userA).statusCode()).isEqualTo(403);
        assertThat(get("/faq/slas/edit", userA).statusCode()).isEqualTo(403);
        assertThat(get("/faq/slas/edit", world.managerId()).statusCode()).isEqualTo(403);
    }

    @Test
    void tasklistIsBrandedAndHidesTheEndOfLifeBanner() {
        HttpResponse<String> styles = get("/camunda/app/tasklist/styles/user-styles.css", null);
        assertThat(styles.statusCode()).isEqualTo(200);
        assertThat(styles.body()).contains(".ce-eol-banner { display: none");
        assertThat(get("/camunda/app/tasklist/scripts/config.js", null).body()).contains("vendor: 'LeadRelay'");
        assertThat(get("/webjars/chart.js/4.4.9/dist/chart.umd.js", userA).statusCode()).isEqualTo(200);
    }
}
