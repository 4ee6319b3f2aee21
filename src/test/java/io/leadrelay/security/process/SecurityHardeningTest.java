package io.leadrelay.security.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.leadrelay.lead.Lead;
import io.leadrelay.support.HubSpotRequests;
import io.leadrelay.support.LifecycleDriver;
import io.leadrelay.support.TestPartners;
import java.net.http.HttpResponse;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/** The hardening that Camunda 7.24.0 community edition does not ship, checked over real HTTP. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureObservability
@ActiveProfiles("test")
@DirtiesContext
class SecurityHardeningTest {

    private static final String ADMIN = "secadmin";

    @LocalServerPort int port;
    @Autowired IdentityService identity;
    @Autowired RuntimeService runtime;
    @Autowired TestPartners fixtures;
    @Autowired LifecycleDriver driver;
    @Autowired Environment environment;

    @BeforeEach
    void anAdminExists() {
        fixtures.ensureAdmin(ADMIN);
    }

    @Test
    void adminSetupEndpointCreatesNoUserOnceAnAdminExists() {
        HttpResponse<String> response = HubSpotRequests.postJson(port,
                "/camunda/api/admin/setup/default/user/create", null,
                "{\"profile\":{\"id\":\"intruder\",\"firstName\":\"I\",\"lastName\":\"X\",\"email\":\"i@x.example\"},"
                        + "\"credentials\":{\"password\":\"intruder-password\"}}");

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(identity.createUserQuery().userId("intruder").count()).isZero();
    }

    @Test
    void taskQueryWithAnExpressionInOrQueriesIsRefused() {
        HttpResponse<String> response = HubSpotRequests.postJson(port, "/engine-rest/task", ADMIN,
                "{\"orQueries\":[{\"assigneeExpression\":\"${''.getClass().forName('java.lang.Runtime')}\"}]}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("Expressions are not allowed");
    }

    @Test
    void expressionsInQueryParametersAreRefusedEvenWhenEncoded() {
        assertThat(HubSpotRequests.get(port, "/engine-rest/task?assigneeExpression=%24%7BcurrentUser()%7D", ADMIN)
                .statusCode()).isEqualTo(400);
        assertThat(HubSpotRequests.get(port, "/engine-rest/task/count?candidateGroupsExpression=%23%7Bx%7D", ADMIN)
                .statusCode()).isEqualTo(400);
        assertThat(HubSpotRequests.get(port, "/engine-rest/task?candidateGroup=partner-x", ADMIN).statusCode())
                .isEqualTo(200);
    }

    @Test
    void formTextThatLooksLikeAnExpressionCanStillBeSubmitted() {
        TestPartners.World world = fixtures.world(2);
        Lead lead = fixtures.newLead(world, "demo-request");
        ProcessInstance instance = instanceOf(lead);
        String partner = (String) runtime.getVariable(instance.getId(), "partnerKey");
        String taskId = driver.task(instance, "Task_AcceptLead").getId();

        HttpResponse<String> response = HubSpotRequests.postJson(port, "/engine-rest/task/" + taskId + "/complete",
                world.userOf(partner), "{\"variables\":{\"leadAccepted\":{\"value\":true},"
                        + "\"noteText\":{\"value\":\"our template uses ${firstName}\"}}}");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(204);
    }

    @Test
    void partnerReadsItsOwnProcessInstanceAndNoOtherPartnersOne() {
        TestPartners.World world = fixtures.world(2);
        ProcessInstance first = instanceOf(fixtures.newLead(world, "demo-request"));
        ProcessInstance second = instanceOf(fixtures.newLead(world, "demo-request"));
        String firstPartner = (String) runtime.getVariable(first.getId(), "partnerKey");
        assertThat(runtime.getVariable(second.getId(), "partnerKey")).isNotEqualTo(firstPartner);

        String own = HubSpotRequests.get(port, "/engine-rest/process-instance?processDefinitionKey=LeadLifecycleProcess",
                world.userOf(firstPartner)).body();
        assertThat(own).contains(first.getId()).doesNotContain(second.getId());
        String history = HubSpotRequests.get(port,
                "/engine-rest/history/process-instance?processDefinitionKey=LeadLifecycleProcess",
                world.userOf(firstPartner)).body();
        assertThat(history).contains(first.getId()).doesNotContain(second.getId());
    }

    @Test
    void onlyAnalystsAndAdminsMayDeployThroughTheEngineApi() {
        TestPartners.World world = fixtures.world(1);
        String partnerUser = world.userOf(world.partnerKeys().get(0));
        if (identity.createUserQuery().userId("analyst1").count() == 0) {
            User analyst = identity.newUser("analyst1");
            analyst.setPassword("analyst1");
            identity.saveUser(analyst);
            identity.createMembership("analyst1", "analysts");
        }

        assertThat(deploy(partnerUser).statusCode()).isEqualTo(403);
        HttpResponse<String> byAnalyst = deploy("analyst1");
        assertThat(byAnalyst.statusCode()).as(byAnalyst.body()).isEqualTo(200);
    }

    private HttpResponse<String> deploy(String user) {
        String boundary = "leadrelay-test-boundary";
        String bpmn = "<?xml version=\"1.0\"?><definitions xmlns=\"http://www.omg.org/spec/BPMN/20100524/MODEL\" "
                + "xmlns:camunda=\"http://camunda.org/schema/1.0/bpmn\" targetNamespace=\"t\">"
                + "<process id=\"ModelerDeployProbe\" isExecutable=\"true\" camunda:historyTimeToLive=\"P1D\">"
                + "<startEvent id=\"s\"/></process></definitions>";
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"deployment-name\"\r\n\r\nprobe\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"probe.bpmn\"; filename=\"probe.bpmn\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n" + bpmn + "\r\n--" + boundary + "--\r\n";
        return HubSpotRequests.postRaw(port, "/engine-rest/deployment/create", user,
                "multipart/form-data; boundary=" + boundary, body);
    }

    @Test
    void productionRefusesToRunWithUsersWhosePasswordIsTheirId() {
        // the test fixtures create users with password = user id, as the demo does
        fixtures.world(1);
        ProductionSafetyCheck check = new ProductionSafetyCheck(identity, environment, "a-real-secret");

        assertThatThrownBy(check::refuseDemoLeftovers).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("has its user id as password");
        assertThatThrownBy(new ProductionSafetyCheck(identity, environment,
                ProductionSafetyCheck.DEMO_HUBSPOT_SECRET)::refuseDemoLeftovers)
                .hasMessageContaining("demo secret");
    }

    @Test
    void metricsNeedAnAdminAndHealthIsPublic() {
        fixtures.newLead(fixtures.world(1), "event");
        assertThat(HubSpotRequests.get(port, "/actuator/health", null).statusCode()).isEqualTo(200);
        assertThat(HubSpotRequests.get(port, "/actuator/prometheus", null).statusCode()).isEqualTo(401);

        HttpResponse<String> metrics = HubSpotRequests.get(port, "/actuator/prometheus", ADMIN);
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("leadrelay_lead_events_total{type=\"RECEIVED\"}",
                "leadrelay_mail_backlog", "leadrelay_incidents_open");
    }

    private ProcessInstance instanceOf(Lead lead) {
        ProcessInstance instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(lead.getId())
                .singleResult();
        driver.runAsyncJobs(instance.getId());
        return instance;
    }
}
