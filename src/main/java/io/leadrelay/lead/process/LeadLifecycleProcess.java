package io.leadrelay.lead.process;

/** IDs and variable names of {@code processes/LeadLifecycleProcess.bpmn} that code and tests rely on. */
public final class LeadLifecycleProcess {

    public static final String KEY = "LeadLifecycleProcess";

    // user tasks
    public static final String TASK_ACCEPT_LEAD = "Task_AcceptLead";
    public static final String TASK_WORK_LEAD = "Task_WorkLead";
    public static final String TASK_RESUME_NURTURE = "Task_ResumeNurture";
    public static final String TASK_REGISTER_DEAL = "Task_RegisterDeal";
    public static final String TASK_REVIEW_DEAL = "Task_ReviewDeal";
    public static final String TASK_IMPROVE_DEAL = "Task_ImproveDeal";
    public static final String TASK_TRIAGE_LEAD = "Task_TriageLead";

    // service tasks and events that tests and dashboards name
    public static final String START_LEAD_RECEIVED = "StartEvent_LeadReceived";
    public static final String TASK_ASSIGN_PARTNER = "Task_AssignPartner";
    public static final String TASK_DECIDE_SLA_POLICY = "Task_DecideSlaPolicy";
    public static final String TASK_SEND_FIRST_REMINDER = "Task_SendFirstReminder";
    public static final String TASK_SEND_SECOND_REMINDER = "Task_SendSecondReminder";
    public static final String TASK_ESCALATE_ACCEPT_SLA_BREACH = "Task_EscalateAcceptSlaBreach";
    public static final String TASK_ESCALATE_ACT_SLA_BREACH = "Task_EscalateActSlaBreach";
    public static final String TASK_RECYCLE_LEAD = "Task_RecycleLead";
    public static final String BOUNDARY_FIRST_REMINDER_DUE = "BoundaryEvent_FirstReminderDue";
    public static final String BOUNDARY_ACCEPT_SLA_BREACHED = "BoundaryEvent_AcceptSlaBreached";
    public static final String BOUNDARY_SECOND_REMINDER_DUE = "BoundaryEvent_SecondReminderDue";
    public static final String BOUNDARY_ACT_SLA_BREACHED = "BoundaryEvent_ActSlaBreached";
    public static final String BOUNDARY_NURTURE_CHECK_IN_DUE = "BoundaryEvent_NurtureCheckInDue";
    public static final String BOUNDARY_DEAL_REVIEW_OVERDUE = "BoundaryEvent_DealReviewOverdue";
    public static final String END_OPPORTUNITY_CREATED = "EndEvent_OpportunityCreated";
    public static final String END_LEAD_CLOSED = "EndEvent_LeadClosed";

    // variables
    public static final String LEAD_ID = "leadId";
    public static final String LEAD_TYPE = "leadType";
    public static final String PARTNER_KEY = "partnerKey";
    public static final String PARTNER_TIER = "partnerTier";
    public static final String PARTNER_ASSIGNED = "partnerAssigned";
    public static final String ASSIGNMENT_COUNT = "assignmentCount";
    public static final String TRIAGE_REASON = "triageReason";
    public static final String ACCEPT_SLA = "acceptSla";
    public static final String FIRST_REMINDER = "firstReminder";
    public static final String ACT_SLA = "actSla";
    public static final String SECOND_REMINDER = "secondReminder";
    public static final String NURTURE_CHECK_IN = "nurtureCheckIn";
    public static final String DEAL_REVIEW_SLA = "dealReviewSla";
    public static final String LEAD_ACCEPTED = "leadAccepted";
    public static final String REJECT_REASON = "rejectReason";
    public static final String REJECT_COMMENT = "rejectComment";
    public static final String REJECTION_ACTION = "rejectionAction";
    public static final String WORK_OUTCOME = "workOutcome";
    public static final String NURTURE_UNTIL = "nurtureUntil";
    public static final String NURTURE_CHECK_IN_AT = "nurtureCheckInAt";
    public static final String DEAL_DECISION = "dealDecision";
    public static final String REVIEW_COMMENT = "reviewComment";
    public static final String DEAL_VERSION = "dealVersion";
    public static final String TRIAGE_DECISION = "triageDecision";
    public static final String TRIAGE_PARTNER_KEY = "triagePartnerKey";
    public static final String TRIAGE_COMMENT = "triageComment";
    public static final String CLOSE_REASON = "closeReason";

    // values
    public static final String WORK_QUALIFY = "qualify";
    public static final String WORK_NURTURE = "nurture";
    public static final String WORK_REJECT = "reject";
    public static final String DEAL_APPROVE = "approve";
    public static final String DEAL_SEND_BACK = "sendBack";
    public static final String DEAL_REJECT = "reject";
    public static final String TRIAGE_REASSIGN = "reassign";
    public static final String TRIAGE_CLOSE = "close";
    public static final String REJECTION_RECYCLE = "recycle";
    public static final String REJECTION_CLOSE = "close";

    private LeadLifecycleProcess() {
    }
}
