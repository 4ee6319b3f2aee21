package io.leadrelay.lead.process;

import static io.leadrelay.lead.process.LeadLifecycleProcess.*;

import io.leadrelay.lead.AssignmentOutcome;
import io.leadrelay.lead.LeadEventType;
import io.leadrelay.lead.LeadJournal;
import io.leadrelay.lead.LeadStatus;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Records what the partner did with an accepted lead: qualified it (a deal registration follows), parked it in
 * nurture until a check-in date, or rejected it. For nurture it sets {@code nurtureCheckInAt}, which the
 * nurture timer waits for: the partner's date if given, else now plus the SLA policy's nurture check-in.
 */
@Component
class RecordWorkOutcomeListener implements TaskListener {

    private final LeadJournal journal;
    private final Clock clock;

    RecordWorkOutcomeListener(LeadJournal journal, Clock clock) {
        this.journal = journal;
        this.clock = clock;
    }

    @Override
    public void notify(DelegateTask task) {
        String leadId = LeadContext.leadId(task);
        String actor = TaskVariables.actor(task);
        String outcome = TaskVariables.required(task, WORK_OUTCOME, "Please choose qualify, nurture or reject.");
        switch (outcome) {
            case WORK_QUALIFY -> journal.record(leadId, LeadEventType.QUALIFIED, actor, null);
            case WORK_NURTURE -> {
                Instant checkIn = checkInDate(task);
                task.getExecution().setVariable(NURTURE_CHECK_IN_AT, Date.from(checkIn));
                journal.changeStatus(leadId, LeadStatus.NURTURING, LeadEventType.NURTURED, actor,
                        "Check-in " + checkIn);
            }
            case WORK_REJECT -> {
                Rejection rejection = Rejection.from(task);
                journal.endAssignment(leadId, AssignmentOutcome.REJECTED, LeadEventType.REJECTED,
                        rejection.reason(), rejection.comment(), actor);
            }
            default -> throw new FormInputException("Unknown work outcome '" + outcome + "'.");
        }
    }

    private Instant checkInDate(DelegateTask task) {
        String chosen = TaskVariables.text(task, NURTURE_UNTIL);
        Instant now = clock.instant();
        if (chosen == null) {
            return now.plus(java.time.Duration.parse((String) task.getVariable(NURTURE_CHECK_IN)));
        }
        try {
            // form-js date fields submit "YYYY-MM-DD"; the check-in is the start of that day (UTC)
            Instant date = LocalDate.parse(chosen.substring(0, Math.min(10, chosen.length())))
                    .atStartOfDay(ZoneId.of("UTC")).toInstant();
            if (!date.isAfter(now)) {
                throw new FormInputException("The nurture check-in date must be in the future.");
            }
            return date;
        } catch (DateTimeParseException e) {
            throw new FormInputException("The nurture check-in date '" + chosen + "' is not a date (YYYY-MM-DD).");
        }
    }
}
