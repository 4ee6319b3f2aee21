package io.leadrelay.lead.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.identity.Authentication;

/** Typed, null-safe reads of what forms submit; missing input becomes a message Tasklist shows. */
public final class TaskVariables {

    private TaskVariables() {
    }

    public static String text(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        if (value == null) {
            return null;
        }
        String text = value.toString().trim();
        return text.isEmpty() ? null : text;
    }

    public static String required(VariableScope scope, String name, String message) {
        String value = text(scope, name);
        if (value == null) {
            throw new FormInputException(message);
        }
        return value;
    }

    static boolean flag(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        if (value instanceof Boolean bool) {
            return bool;
        }
        if (value == null) {
            throw new FormInputException("Please choose whether to accept or reject the lead.");
        }
        return Boolean.parseBoolean(value.toString());
    }

    /** Who completed the task: the logged-in user, else the assignee; null means the system. */
    public static String actor(DelegateTask task) {
        Authentication current = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        return current != null ? current.getUserId() : task.getAssignee();
    }
}
