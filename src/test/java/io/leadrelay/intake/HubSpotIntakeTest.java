package io.leadrelay.intake;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import io.leadrelay.support.FreeSmtp;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The application over real HTTP with WireMock as HubSpot's CRM API and GreenMail as SMTP, for the intake tests
 * that extend it. Each test class closes its context when done (see src/test/resources/spring.properties).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "camunda.bpm.job-execution.enabled=true",
        "spring.mail.host=127.0.0.1",
        "leadrelay.mail.poll-interval=PT0.2S"})
@ActiveProfiles("test")
@DirtiesContext
public abstract class HubSpotIntakeTest {

    private static final ServerSetup SMTP = FreeSmtp.onFreePort();
    /**
     * One port for the whole run: each test class starts and stops WireMock, while the shared Spring context keeps
     * the base URL it was created with.
     */
    private static final int CRM_PORT = FreeSmtp.onFreePort().getPort();

    @RegisterExtension
    protected static GreenMailExtension smtp = new GreenMailExtension(SMTP);

    @RegisterExtension
    protected static WireMockExtension crm = WireMockExtension.newInstance().options(wireMockConfig().port(CRM_PORT)).build();

    @DynamicPropertySource
    static void outsideWorld(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.port", SMTP::getPort);
        registry.add("leadrelay.hubspot.api-base-url", crm::baseUrl);
    }
}
