package io.leadrelay.sla.process;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * Looks up the SLA policy for the lead type and the assigned partner's tier in {@code SlaPolicyDecision} and
 * puts each duration into its own string variable, which the diagram's timers read ({@code ${acceptSla}}).
 * Separate string variables (not the decision's result map) keep the variables readable in Cockpit.
 *
 * <p>Results are cached per deployed decision version, lead type and tier. The table is pure (no dates, no
 * lookups), and evaluating it cost about half of the assignment job's CPU in the intake benchmark
 * (docs/benchmarks.md): the FEEL engine builds its table of built-in functions for every one of the ~40
 * expressions it evaluates per call. A redeployed table has a new definition id, so analysts' changes apply to
 * the next lead as before. The durations still land in the lead's process variables (and their history).
 */
@Component
class DecideSlaPolicyDelegate implements JavaDelegate {

    static final String DECISION_KEY = "SlaPolicyDecision";
    static final List<String> OUTPUTS =
            List.of("acceptSla", "firstReminder", "actSla", "secondReminder", "nurtureCheckIn", "dealReviewSla");

    private record Key(String decisionDefinitionId, Object leadType, Object partnerTier) {
    }

    private final Map<Key, Map<String, String>> policies = new ConcurrentHashMap<>();

    @Override
    public void execute(DelegateExecution execution) {
        Map<String, Object> inputs = Variables.createVariables()
                .putValue("leadType", execution.getVariable("leadType"))
                .putValue("partnerTier", execution.getVariable("partnerTier"));
        String definitionId = execution.getProcessEngineServices().getRepositoryService()
                .createDecisionDefinitionQuery().decisionDefinitionKey(DECISION_KEY).latestVersion().singleResult()
                .getId();
        Map<String, String> policy = policies.computeIfAbsent(
                new Key(definitionId, inputs.get("leadType"), inputs.get("partnerTier")),
                key -> evaluate(execution.getProcessEngineServices().getDecisionService(), definitionId, inputs));
        policy.forEach(execution::setVariable);
    }

    private static Map<String, String> evaluate(DecisionService decisions, String definitionId,
                                                Map<String, Object> inputs) {
        DmnDecisionResultEntries policy = decisions.evaluateDecisionById(definitionId)
                .variables(inputs)
                .evaluate()
                .getSingleResult();
        if (policy == null) {
            throw new IllegalStateException("SlaPolicyDecision has no rule for " + inputs);
        }
        Map<String, String> durations = new java.util.LinkedHashMap<>();
        for (String output : OUTPUTS) {
            Object duration = policy.get(output);
            if (duration == null) {
                throw new IllegalStateException("SlaPolicyDecision gave no " + output + " for " + inputs);
            }
            durations.put(output, duration.toString());
        }
        return Map.copyOf(durations);
    }
}
