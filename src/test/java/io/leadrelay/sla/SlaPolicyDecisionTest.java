package io.leadrelay.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DmnDecisionTableImpl;
import org.camunda.bpm.dmn.engine.impl.DmnDecisionTableRuleImpl;
import org.camunda.bpm.dmn.engine.impl.DmnExpressionImpl;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each rule of {@code processes/SlaPolicyDecision.dmn}, evaluated on the DMN engine alone. */
class SlaPolicyDecisionTest {

    private static final String RESOURCE = "processes/SlaPolicyDecision.dmn";
    private static final List<String> OUTPUTS =
            List.of("acceptSla", "firstReminder", "actSla", "secondReminder", "nurtureCheckIn", "dealReviewSla");

    private static DmnEngine dmnEngine;
    private static DmnDecision decision;

    @BeforeAll
    static void parseDecision() throws IOException {
        dmnEngine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
        try (InputStream dmn = SlaPolicyDecisionTest.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            assertThat(dmn).as(RESOURCE + " on the classpath").isNotNull();
            decision = dmnEngine.parseDecision("SlaPolicyDecision", dmn);
        }
    }

    /**
     * One case per rule, in rule order: lead type, partner tier, then accept SLA, first reminder, act SLA,
     * second reminder, nurture check-in and deal review SLA.
     */
    static Stream<Arguments> rules() {
        return Stream.of(
                Arguments.of("demoRequestForPlatinumPartnerMustBeAcceptedWithinFourHoursAndReviewedInADay",
                        "demo-request", "platinum", "PT4H", "PT2H", "P2D", "P1D", "P30D", "P1D"),
                Arguments.of("demoRequestMustBeAcceptedWithinFourHours",
                        "demo-request", "silver", "PT4H", "PT2H", "P2D", "P1D", "P30D", "P2D"),
                Arguments.of("contactSalesForPlatinumPartnerIsReviewedInADay",
                        "contact-sales", "platinum", "PT8H", "PT4H", "P3D", "PT36H", "P30D", "P1D"),
                Arguments.of("contactSalesMustBeAcceptedWithinEightHours",
                        "contact-sales", "gold", "PT8H", "PT4H", "P3D", "PT36H", "P30D", "P2D"),
                Arguments.of("trialSignupForPlatinumPartnerIsReviewedInADay",
                        "trial-signup", "platinum", "PT8H", "PT4H", "P4D", "P2D", "P45D", "P1D"),
                Arguments.of("trialSignupMustBeAcceptedWithinEightHours",
                        "trial-signup", "registered", "PT8H", "PT4H", "P4D", "P2D", "P45D", "P2D"),
                Arguments.of("partnerReferralForPlatinumPartnerIsReviewedInADay",
                        "partner-referral", "platinum", "PT24H", "PT12H", "P5D", "PT60H", "P60D", "P1D"),
                Arguments.of("partnerReferralMustBeAcceptedWithinADay",
                        "partner-referral", "silver", "PT24H", "PT12H", "P5D", "PT60H", "P60D", "P2D"),
                Arguments.of("eventLeadGivesPlatinumPartnerThreeDaysToAccept",
                        "event", "platinum", "P3D", "P1D", "P7D", "P3D", "P60D", "P1D"),
                Arguments.of("eventLeadGivesGoldPartnerThreeDaysToAccept",
                        "event", "gold", "P3D", "P1D", "P7D", "P3D", "P60D", "P2D"),
                Arguments.of("eventLeadGivesOtherTiersTwoDaysToAccept",
                        "event", "registered", "P2D", "P1D", "P7D", "P3D", "P60D", "P2D"),
                Arguments.of("contentDownloadGivesPlatinumPartnerFiveDaysToAccept",
                        "content-download", "platinum", "P5D", "P2D", "P10D", "P5D", "P90D", "P1D"),
                Arguments.of("contentDownloadGivesGoldPartnerFiveDaysToAccept",
                        "content-download", "gold", "P5D", "P2D", "P10D", "P5D", "P90D", "P2D"),
                Arguments.of("contentDownloadGivesOtherTiersThreeDaysToAccept",
                        "content-download", "silver", "P3D", "P1D", "P10D", "P5D", "P90D", "P2D"),
                Arguments.of("unknownLeadTypeForPlatinumPartnerStillGetsAnSla",
                        "webinar", "platinum", "P1D", "PT12H", "P6D", "P3D", "P60D", "P1D"),
                Arguments.of("unknownLeadTypeStillGetsAnSla",
                        "webinar", "gold", "P1D", "PT12H", "P6D", "P3D", "P60D", "P2D"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void eachRuleGivesItsSlaPolicy(String behaviour, String leadType, String partnerTier,
                                   String acceptSla, String firstReminder, String actSla, String secondReminder,
                                   String nurtureCheckIn, String dealReviewSla) {
        DmnDecisionResultEntries policy = evaluate(leadType, partnerTier);

        assertThat(policy.getEntryMap()).containsExactlyInAnyOrderEntriesOf(Map.of(
                "acceptSla", acceptSla,
                "firstReminder", firstReminder,
                "actSla", actSla,
                "secondReminder", secondReminder,
                "nurtureCheckIn", nurtureCheckIn,
                "dealReviewSla", dealReviewSla));
    }

    @Test
    void everyRuleHasACase() {
        assertThat(rules()).hasSize(ruleCount());
    }

    @Test
    void leadWithoutTierOrTypeStillGetsAnSla() {
        assertThat(evaluate("demo-request", null).getEntryMap())
                .containsEntry("acceptSla", "PT4H")
                .containsEntry("dealReviewSla", "P2D");
        assertThat(evaluate(null, null).getEntryMap())
                .containsEntry("acceptSla", "P1D")
                .containsEntry("dealReviewSla", "P2D");
    }

    @Test
    void tierNamesAreMatchedExactlyAsTheAppWritesThem() {
        // PartnerTier.id() writes lower case; anything else falls through to the "any tier" rule.
        assertThat(evaluate("demo-request", "platinum").getEntryMap()).containsEntry("dealReviewSla", "P1D");
        assertThat(evaluate("demo-request", "PLATINUM").getEntryMap()).containsEntry("dealReviewSla", "P2D");
    }

    @Test
    void everyRuleRemindsBeforeItsSlaLapsesWithPositiveIsoDurations() {
        DmnDecisionTableImpl table = (DmnDecisionTableImpl) decision.getDecisionLogic();
        List<String> outputNames = table.getOutputs().stream().map(output -> output.getOutputName()).toList();
        assertThat(outputNames).containsExactlyElementsOf(OUTPUTS);

        for (DmnDecisionTableRuleImpl rule : table.getRules()) {
            Map<String, Duration> durations = new LinkedHashMap<>();
            List<DmnExpressionImpl> conclusions = rule.getConclusions();
            for (int i = 0; i < outputNames.size(); i++) {
                durations.put(outputNames.get(i), durationOf(rule, conclusions.get(i)));
            }
            String ruleId = rule.getId();
            durations.forEach((name, duration) ->
                    assertThat(duration).as("%s of %s", name, ruleId).isPositive());
            assertThat(durations.get("firstReminder")).as("first reminder of %s", ruleId)
                    .isLessThan(durations.get("acceptSla"));
            assertThat(durations.get("secondReminder")).as("second reminder of %s", ruleId)
                    .isLessThan(durations.get("actSla"));
            assertThat(durations.get("nurtureCheckIn")).as("nurture check-in of %s", ruleId)
                    .isGreaterThanOrEqualTo(Duration.ofDays(30));
        }
    }

    private static Duration durationOf(DmnDecisionTableRuleImpl rule, DmnExpressionImpl conclusion) {
        String literal = conclusion.getExpression().trim();
        assertThat(literal).as("output entry %s of %s is a quoted string", conclusion.getId(), rule.getId())
                .startsWith("\"").endsWith("\"");
        // Duration.parse accepts the day-based forms the timers use (P2D, PT4H); months or years would fail here.
        return Duration.parse(literal.substring(1, literal.length() - 1));
    }

    private static int ruleCount() {
        return ((DmnDecisionTableImpl) decision.getDecisionLogic()).getRules().size();
    }

    private static DmnDecisionResultEntries evaluate(String leadType, String partnerTier) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("leadType", leadType);
        variables.put("partnerTier", partnerTier);
        DmnDecisionResult result = dmnEngine.evaluateDecision(decision, variables);
        assertThat(result).as("FIRST hit policy gives one result for %s", variables).hasSize(1);
        return result.getSingleResult();
    }
}
