package io.leadrelay.sla.process;

import java.util.List;
import java.util.Map;
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
 */
@Component
class DecideSlaPolicyDelegate implements JavaDelegate {

    static final String DECISION_KEY = "SlaPolicyDecision";
    static final List<String> OUTPUTS =
            List.of("acceptSla", "firstReminder", "actSla", "secondReminder", "nurtureCheckIn", "dealReviewSla");

    @Override
    public void execute(DelegateExecution execution) {
        DecisionService decisions = execution.getProcessEngineServices().getDecisionService();
        Map<String, Object> inputs = Variables.createVariables()
                .putValue("leadType", execution.getVariable("leadType"))
                .putValue("partnerTier", execution.getVariable("partnerTier"));
        DmnDecisionResultEntries policy = decisions.evaluateDecisionByKey(DECISION_KEY)
                .variables(inputs)
                .evaluate()
                .getSingleResult();
        if (policy == null) {
            throw new IllegalStateException("SlaPolicyDecision has no rule for " + inputs);
        }
        for (String output : OUTPUTS) {
            Object duration = policy.get(output);
            if (duration == null) {
                throw new IllegalStateException("SlaPolicyDecision gave no " + output + " for " + inputs);
            }
            execution.setVariable(output, duration.toString());
        }
    }
}
