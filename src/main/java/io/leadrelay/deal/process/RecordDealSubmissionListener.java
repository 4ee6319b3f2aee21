package io.leadrelay.deal.process;

import io.leadrelay.deal.DealDesk;
import io.leadrelay.lead.process.FormInputException;
import io.leadrelay.lead.process.TaskVariables;
import io.leadrelay.deal.DealInput;
import io.leadrelay.deal.DealRegistration;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Stores a registered or improved deal as the next version of the lead's deal registration. */
@Component
class RecordDealSubmissionListener implements TaskListener {

    private final DealDesk dealDesk;

    RecordDealSubmissionListener(DealDesk dealDesk) {
        this.dealDesk = dealDesk;
    }

    @Override
    public void notify(DelegateTask task) {
        DealInput input = new DealInput(
                TaskVariables.required(task, "dealCustomer", "Please enter the customer."),
                amount(task),
                TaskVariables.required(task, "dealCurrency", "Please enter the currency."),
                TaskVariables.required(task, "dealProducts", "Please enter the products."),
                closeDate(task),
                TaskVariables.text(task, "dealCompetitors"),
                TaskVariables.required(task, "dealDescription", "Please enter a description."));
        DealRegistration registration = dealDesk.submit((String) task.getVariable("leadId"), input,
                TaskVariables.actor(task));
        task.getExecution().setVariable("dealVersion", registration.getVersionNo());
    }

    private static BigDecimal amount(DelegateTask task) {
        String text = TaskVariables.required(task, "dealAmount", "Please enter the amount.");
        try {
            BigDecimal amount = new BigDecimal(text);
            if (amount.signum() <= 0) {
                throw new FormInputException("The deal amount must be positive.");
            }
            return amount;
        } catch (NumberFormatException e) {
            throw new FormInputException("The deal amount '" + text + "' is not a number.");
        }
    }

    private static LocalDate closeDate(DelegateTask task) {
        String text = TaskVariables.required(task, "dealExpectedCloseDate", "Please enter the expected close date.");
        try {
            return LocalDate.parse(text.substring(0, Math.min(10, text.length())));
        } catch (DateTimeParseException e) {
            throw new FormInputException("The expected close date '" + text + "' is not a date (YYYY-MM-DD).");
        }
    }
}
