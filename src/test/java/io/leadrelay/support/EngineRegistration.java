package io.leadrelay.support;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.support.AbstractTestExecutionListener;

/**
 * Camunda keeps engines in a static registry by name. When the test context cache evicts the previous Spring
 * context, its engine, also named "default", is closed after the new one started and takes the name with it, so
 * the engine REST API answers "Process engine default not available" (SecurityHardeningTest right after
 * MailOutboxTest, for example). Before each test method the current context's engine is registered again.
 * Registered for every Spring test in META-INF/spring.factories.
 */
public class EngineRegistration extends AbstractTestExecutionListener {

    @Override
    public int getOrder() {
        return LOWEST_PRECEDENCE;
    }

    @Override
    public void beforeTestMethod(TestContext testContext) {
        testContext.getApplicationContext().getBeanProvider(ProcessEngine.class)
                .ifAvailable(ProcessEngines::registerProcessEngine);
    }
}
