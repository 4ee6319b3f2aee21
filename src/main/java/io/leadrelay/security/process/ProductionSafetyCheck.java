package io.leadrelay.security.process;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * In the {@code prod} profile, refuses to run while anything of the demo is left: the demo profile itself,
 * demo users, users whose password equals their id (the demo convention), or the demo HubSpot secret.
 * Failing start-up is loud on purpose: a production system with {@code demo/demo} is an open door.
 */
@Component
@Profile("prod")
class ProductionSafetyCheck {

    static final String DEMO_HUBSPOT_SECRET = "demo-hubspot-client-secret";

    private final IdentityService identity;
    private final Environment environment;
    private final String hubspotSecret;

    ProductionSafetyCheck(IdentityService identity, Environment environment,
                          @Value("${leadrelay.hubspot.client-secret:}") String hubspotSecret) {
        this.identity = identity;
        this.environment = environment;
        this.hubspotSecret = hubspotSecret;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void refuseDemoLeftovers() {
        List<String> problems = new ArrayList<>();
        if (environment.acceptsProfiles(Profiles.of("demo"))) {
            problems.add("the demo profile is active together with prod");
        }
        if (DEMO_HUBSPOT_SECRET.equals(hubspotSecret)) {
            problems.add("leadrelay.hubspot.client-secret is the demo secret");
        }
        for (User user : identity.createUserQuery().listPage(0, 10_000)) {
            if (identity.checkPassword(user.getId(), user.getId())) {
                problems.add("user '" + user.getId() + "' has its user id as password");
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Refusing to run in the prod profile: " + String.join("; ", problems)
                    + ". Remove the demo users and set real secrets through the environment.");
        }
    }
}
