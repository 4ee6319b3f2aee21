package io.leadrelay.lead.process;

import org.camunda.bpm.engine.ProcessEngineException;

/**
 * A task was completed with input the process cannot use (a rejection without a reason, an unknown partner).
 * Thrown from a complete listener, it rolls the completion back and Tasklist shows the message to the user.
 */
public class FormInputException extends ProcessEngineException {

    public FormInputException(String message) {
        super(message);
    }
}
