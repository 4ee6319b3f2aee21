package io.leadrelay.lead;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Instant;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes a lead's state changes: its status, its current assignment and a timeline event, always together.
 * Called from the lifecycle's delegates and listeners, so it joins the engine's transaction.
 */
@Service
@Transactional
public class LeadJournal {

    private final LeadRepository leads;
    private final LeadEventRepository events;
    private final AssignmentRepository assignments;
    private final Clock clock;
    private final MeterRegistry meters;

    LeadJournal(LeadRepository leads, LeadEventRepository events, AssignmentRepository assignments, Clock clock,
                MeterRegistry meters) {
        this.leads = leads;
        this.events = events;
        this.assignments = assignments;
        this.clock = clock;
        this.meters = meters;
    }

    public Lead receive(LeadDetails details, String region, String detail) {
        Lead lead = leads.save(new Lead(details, region, now()));
        record(lead, LeadEventType.RECEIVED, null, detail);
        return lead;
    }

    public Lead get(String leadId) {
        return leads.findById(leadId).orElseThrow(() -> new LeadNotFoundException(leadId));
    }

    /** Adds a timeline event without changing the lead's status. */
    public void record(String leadId, LeadEventType type, String actor, String detail) {
        record(get(leadId), type, actor, detail);
    }

    public void changeStatus(String leadId, LeadStatus status, LeadEventType type, String actor, String detail) {
        Lead lead = get(leadId);
        lead.moveTo(status, now());
        record(lead, type, actor, detail);
    }

    Assignment startAssignment(Lead lead, String partnerKey, int attempt, LeadEventType type, String actor,
                               String detail) {
        Instant at = now();
        lead.assignTo(partnerKey, at);
        Assignment assignment = assignments.save(new Assignment(lead.getId(), partnerKey, attempt, at));
        record(lead, type, actor, detail);
        return assignment;
    }

    public void accept(String leadId, String actor) {
        Lead lead = get(leadId);
        currentAssignment(leadId).accept(now());
        lead.moveTo(LeadStatus.ACCEPTED, now());
        record(lead, LeadEventType.ACCEPTED, actor, null);
    }

    /**
     * Ends the partner's current try (rejection, lapse, deal rejection) and records why. The lead keeps its
     * partner until the next assignment so the timeline shows who had it.
     */
    public void endAssignment(String leadId, AssignmentOutcome outcome, LeadEventType type, String reason,
                              String comment, String actor) {
        Lead lead = get(leadId);
        currentAssignment(leadId).end(outcome, reason, comment, now());
        lead.moveTo(LeadStatus.RECEIVED, now());
        record(lead, type, actor, describe(reason, comment));
    }

    /** Ends the lead's lifecycle for good; a later HubSpot delivery for the same contact may start a new one. */
    public void close(String leadId, String reason, String actor) {
        Lead lead = get(leadId);
        assignments.findFirstByLeadIdAndEndedAtIsNullOrderByAttemptDesc(leadId)
                .ifPresent(open -> open.end(AssignmentOutcome.CLOSED, reason, null, now()));
        lead.moveTo(LeadStatus.CLOSED, now());
        record(lead, LeadEventType.CLOSED, actor, reason);
    }

    public void completeWithOpportunity(String leadId, String detail) {
        Lead lead = get(leadId);
        currentAssignment(leadId).end(AssignmentOutcome.OPPORTUNITY_CREATED, null, null, now());
        lead.moveTo(LeadStatus.OPPORTUNITY_CREATED, now());
        record(lead, LeadEventType.OPPORTUNITY_CREATED, null, detail);
    }

    /**
     * Notes when the SLA now running for the lead's current try lapses (the due date of its accept or work task),
     * so the portal can count down without asking the engine. Not a timeline event: the task's creation is one.
     */
    public void slaClockStarted(String leadId, Instant dueAt) {
        assignments.findFirstByLeadIdAndEndedAtIsNullOrderByAttemptDesc(leadId)
                .ifPresent(open -> open.slaDueAt(dueAt));
    }

    public Assignment currentAssignment(String leadId) {
        return assignments.findFirstByLeadIdAndEndedAtIsNullOrderByAttemptDesc(leadId)
                .orElseThrow(() -> new IllegalStateException("Lead " + leadId + " has no open assignment"));
    }

    /**
     * Every timeline event is also counted ({@code leadrelay.lead.events{type=...}}): leads received, assigned,
     * SLA breaches by kind and so on. Counted when recorded; a rolled-back step may leave a count behind.
     */
    private void record(Lead lead, LeadEventType type, String actor, String detail) {
        events.save(new LeadEvent(lead.getId(), type, now(), actor, lead.getPartnerKey(), detail));
        meters.counter("leadrelay.lead.events", "type", type.name()).increment();
    }

    private static String describe(String reason, String comment) {
        if (comment == null || comment.isBlank()) {
            return reason;
        }
        return reason == null ? comment : reason + ": " + comment;
    }

    private Instant now() {
        return clock.instant();
    }
}
