package io.leadrelay.lead;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes a lead's state changes: its status, its current assignment and a timeline event, always together.
 * Called from the lifecycle's delegates and listeners, so it joins the engine's transaction.
 */
@Service
@Transactional
public class LeadJournal {

    /** Steps counted per try on the dashboards: noted on the tries of the lead with its current partner. */
    private static final Set<LeadEventType> TRY_OUTCOMES = EnumSet.of(LeadEventType.DEAL_SUBMITTED,
            LeadEventType.DEAL_RESUBMITTED, LeadEventType.OPPORTUNITY_CREATED, LeadEventType.RECYCLED);

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
        Instant at = now();
        currentAssignment(leadId).accept(at);
        lead.moveTo(LeadStatus.ACCEPTED, at);
        record(lead, LeadEventType.ACCEPTED, actor, null, at); // the try's acceptance time is the milestone
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

    /**
     * Erases the prospect's personal data (HubSpot deleted the contact): the lead stays, anonymous, so the
     * dashboards keep their counts; an open assignment ends; the event says what happened, not who it was.
     *
     * @return false if the lead was erased before
     */
    public boolean erase(String leadId, String reason) {
        if (events.existsByLeadIdAndType(leadId, LeadEventType.ERASED)) {
            return false;
        }
        Lead lead = get(leadId);
        assignments.findFirstByLeadIdAndEndedAtIsNullOrderByAttemptDesc(leadId)
                .ifPresent(open -> open.end(AssignmentOutcome.CLOSED, "contact-deleted", null, now()));
        lead.erase(now());
        record(lead, LeadEventType.ERASED, null, reason);
        return true;
    }

    /** The lead's contact was merged into another contact that has no lead: the lead moves with it. */
    public void followMergedContact(String leadId, String survivingContactId, String mergedContactId) {
        Lead lead = get(leadId);
        lead.followMergedContact(survivingContactId, now());
        record(lead, LeadEventType.MERGED, null, "HubSpot contact " + mergedContactId + " merged into "
                + survivingContactId);
    }

    /**
     * Two leads of merged contacts: the surviving lead takes over the other's timeline, the other is closed
     * (its lifecycle must be ended by the caller) and keeps only its assignments and a MERGED event.
     */
    public void mergeInto(String mergedLeadId, String survivingLeadId, String detail) {
        Lead merged = get(mergedLeadId);
        Lead surviving = get(survivingLeadId);
        events.moveTimeline(mergedLeadId, survivingLeadId);
        assignments.findFirstByLeadIdAndEndedAtIsNullOrderByAttemptDesc(mergedLeadId)
                .ifPresent(open -> open.end(AssignmentOutcome.CLOSED, "contact-merged", null, now()));
        merged.moveTo(LeadStatus.CLOSED, now());
        record(merged, LeadEventType.MERGED, null, "Merged into lead " + survivingLeadId + ": " + detail);
        record(surviving, LeadEventType.MERGED, null, "Lead " + mergedLeadId + " merged into this one: " + detail);
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
        record(lead, type, actor, detail, now());
    }

    private void record(Lead lead, LeadEventType type, String actor, String detail, Instant at) {
        events.save(new LeadEvent(lead.getId(), type, at, actor, lead.getPartnerKey(), detail));
        lead.recordMilestone(type, at);
        if (TRY_OUTCOMES.contains(type) && lead.getPartnerKey() != null) {
            assignments.findByLeadIdAndPartnerKey(lead.getId(), lead.getPartnerKey())
                    .forEach(attempt -> attempt.recordOutcome(type));
        }
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
