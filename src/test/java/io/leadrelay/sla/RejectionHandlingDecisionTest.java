package io.leadrelay.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DmnDecisionTableImpl;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** Each rule of {@code processes/RejectionHandlingDecision.dmn}: a rejected lead is recycled or closed. */
class RejectionHandlingDecisionTest {

    private static final String RESOURCE = "processes/RejectionHandlingDecision.dmn";

    private static DmnEngine dmnEngine;
    private static DmnDecision decision;

    @BeforeAll
    static void parseDecision() throws IOException {
        dmnEngine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
        try (InputStream dmn = RejectionHandlingDecisionTest.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            assertThat(dmn).as(RESOURCE + " on the classpath").isNotNull();
            decision = dmnEngine.parseDecision("RejectionHandlingDecision", dmn);
        }
    }

    /** One case per rule, in rule order. */
    static Stream<Arguments> rules() {
        return Stream.of(
                Arguments.of("outside-territory", "recycle"),
                Arguments.of("no-capacity", "recycle"),
                Arguments.of("not-our-focus", "recycle"),
                Arguments.of("not-qualified", "recycle"),
                Arguments.of("other", "recycle"),
                Arguments.of("duplicate", "close"),
                Arguments.of("invalid-contact", "close"),
                Arguments.of("no-need-or-budget", "close"),
                Arguments.of("duplicate-registration", "close"),
                Arguments.of("existing-vendor-opportunity", "close"),
                Arguments.of("customer-not-eligible", "close"),
                Arguments.of("a-reason-added-to-a-form-later", "recycle"));
    }

    @ParameterizedTest(name = "lead rejected for {0} is {1}d")
    @MethodSource("rules")
    void rejectReasonDecidesWhetherTheLeadIsRecycledOrClosed(String rejectReason, String rejectionAction) {
        assertThat(evaluate(rejectReason)).isEqualTo(rejectionAction);
    }

    @ParameterizedTest(name = "lead rejected with reason [{0}] is recycled")
    @NullAndEmptySource
    @ValueSource(strings = {"Duplicate", " duplicate"})
    void leadWithMissingOrUnknownReasonIsRecycledNotClosed(String rejectReason) {
        assertThat(evaluate(rejectReason)).isEqualTo("recycle");
    }

    @Test
    void everyRuleHasACase() {
        assertThat(rules()).hasSize(((DmnDecisionTableImpl) decision.getDecisionLogic()).getRules().size());
    }

    private static String evaluate(String rejectReason) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("rejectReason", rejectReason);
        // UNIQUE hit policy: the engine throws if two rules match, so overlapping rules fail here too.
        DmnDecisionResult result = dmnEngine.evaluateDecision(decision, variables);
        assertThat(result).as("one rule matches %s", rejectReason).hasSize(1);
        return result.getSingleEntry();
    }
}
