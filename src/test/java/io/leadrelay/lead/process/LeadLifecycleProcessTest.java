package io.leadrelay.lead.process;

import static io.leadrelay.lead.process.LeadLifecycleProcess.*;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import io.leadrelay.deal.DealRegistrationRepository;
import io.leadrelay.deal.OpportunityRepository;
import io.leadrelay.lead.Assignment;
import io.leadrelay.lead.AssignmentOutcome;
import io.leadrelay.lead.AssignmentRepository;
import io.leadrelay.lead.Lead;
import io.leadrelay.lead.LeadEvent;
import io.leadrelay.lead.LeadEventRepository;
import io.leadrelay.lead.LeadEventType;
import io.leadrelay.lead.LeadRepository;
import io.leadrelay.lead.LeadStatus;
import io.leadrelay.notification.OutboundMail;
import io.leadrelay.notification.OutboundMailRepository;
import io.leadrelay.support.LifecycleDriver;
import io.leadrelay.support.TestPartners;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * Every path of {@code processes/LeadLifecycleProcess.bpmn}, on the real diagram with the real delegates,
 * repositories and decision tables; the job executor is off, timers fire after the engine clock is moved.
 */
@SpringBootTest
@ActiveProfiles("test")
@DirtiesContext
class LeadLifecycleProcessTest {

    private static final List<String> DEAL_DESK = List.of("deal-desk");
    private static final List<String> MANAGERS = List.of("partner-managers");

    @Autowired ProcessEngine engine;
    @Autowired RuntimeService runtime;
    @Autowired TestPartners fixtures;
    @Autowired LifecycleDriver driver;
    @Autowired LeadRepository leads;
    @Autowired LeadEventRepository events;
    @Autowired AssignmentRepository assignments;
    @Autowired OutboundMailRepository mails;
    @Autowired DealRegistrationRepository deals;
    @Autowired OpportunityRepository opportunities;
    @Autowired io.leadrelay.note.LeadNotes notes;

    TestPartners.World world;

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(engine);
        world = fixtures.world(4);
    }

    @Autowired io.leadrelay.support.MilestoneCheck milestones;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    /** Whatever path a test took, the dashboards' milestones kept on the way are the ones the tables tell. */
    @AfterEach
    void milestonesKeptOnTheWayMatchTheirDefinition() {
        Assertions.assertThat(milestones.differences(world.region())).isEmpty();
    }

    @Test
    void acceptedQualifiedLeadWithApprovedDealBecomesAnOpportunity() {
        ProcessInstance instance = receive("demo-request");
        String partner = partnerOf(instance);
        assertThat(instance).isWaitingAt(TASK_ACCEPT_LEAD);
        assertThat(instance).task().hasCandidateGroup("partner-" + partner);
        Assertions.assertThat((String) runtime.getVariable(instance.getId(), ACCEPT_SLA)).isEqualTo("PT4H");

        accept(instance, partner);
        assertThat(instance).isWaitingAt(TASK_WORK_LEAD);
        work(instance, partner, Map.of(WORK_OUTCOME, WORK_QUALIFY));
        assertThat(instance).isWaitingAt(TASK_REGISTER_DEAL);
        Assertions.assertThat(runtime.getVariable(instance.getId(), "dealCustomer")).isEqualTo("Analytical Engines Ltd");
        driver.complete(instance, TASK_REGISTER_DEAL, user(partner), groups(partner), deal("48000"));
        assertThat(instance).isWaitingAt(TASK_REVIEW_DEAL);
        assertThat(instance).task().hasCandidateGroup("deal-desk");
        review(instance, Map.of(DEAL_DECISION, DEAL_APPROVE, REVIEW_COMMENT, "Looks good"));

        assertThat(instance).isEnded().hasPassed(TASK_DECIDE_SLA_POLICY, "Task_CreateOpportunity")
                .isEnded();
        BpmnAwareTests.assertThat(instance).hasPassed(END_OPPORTUNITY_CREATED);
        Lead lead = lead(instance);
        Assertions.assertThat(lead.getStatus()).isEqualTo(LeadStatus.OPPORTUNITY_CREATED);
        Assertions.assertThat(opportunities.findByLeadId(lead.getId())).hasValueSatisfying(opportunity -> {
            Assertions.assertThat(opportunity.getPartnerKey()).isEqualTo(partner);
            Assertions.assertThat(opportunity.getAmount()).isEqualByComparingTo("48000");
        });
        Assertions.assertThat(eventTypes(lead)).containsExactly(LeadEventType.RECEIVED, LeadEventType.ASSIGNED,
                LeadEventType.NOTIFIED, LeadEventType.ACCEPTED, LeadEventType.QUALIFIED,
                LeadEventType.DEAL_SUBMITTED, LeadEventType.DEAL_APPROVED, LeadEventType.OPPORTUNITY_CREATED);
        Assertions.assertThat(mailTemplates(lead)).containsExactly("lead-assigned", "opportunity-created");
        Assertions.assertThat(mailsOf(lead, "opportunity-created").getRecipients())
                .contains(partner + "@partners.example.com", world.managerId() + "@vendor.example.com");
    }

    @Test
    void jobAcquisitionHasItsIndex() throws Exception {
        var dataSource = ((org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl)
                engine.getProcessEngineConfiguration()).getDataSource();
        java.util.Set<String> indexes = new java.util.HashSet<>();
        boolean postgres;
        try (var connection = dataSource.getConnection()) {
            postgres = "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
            for (String table : List.of("ACT_RU_JOB", "act_ru_job")) {
                try (var rs = connection.getMetaData().getIndexInfo(null, null, table, false, false)) {
                    while (rs.next()) {
                        indexes.add(String.valueOf(rs.getString("INDEX_NAME")).toLowerCase(java.util.Locale.ROOT));
                    }
                }
            }
        }
        Assertions.assertThat(indexes).contains("ix_act_ru_job_acquisition");
        if (postgres) { // partial index for the acquisition's check of locked exclusive jobs (H2 has none)
            Assertions.assertThat(indexes).contains("ix_act_ru_job_locked");
        }
    }

    @Test
    void formCopiesOfTheLeadStayOnTheTaskButOutOfTheEngineHistory() {
        ProcessInstance instance = receive("demo-request");
        var task = driver.task(instance, TASK_ACCEPT_LEAD);
        Assertions.assertThat(engine.getTaskService().getVariableLocal(task.getId(), "leadCompany"))
                .isEqualTo("Analytical Engines Ltd");

        var history = engine.getHistoryService().createHistoricVariableInstanceQuery()
                .processInstanceId(instance.getId()).list();
        Assertions.assertThat(history).extracting(variable -> variable.getName())
                .contains(LEAD_ID, PARTNER_KEY, ACCEPT_SLA)
                .doesNotContain("leadCompany", "leadEmail", "leadPhone");
        Assertions.assertThat(history).allSatisfy(variable -> Assertions.assertThat(variable.getTaskId()).isNull());
        Assertions.assertThat(engine.getHistoryService().createHistoricDetailQuery().processInstanceId(instance.getId())
                .variableUpdates().list()).noneSatisfy(detail -> Assertions.assertThat(detail.getTaskId()).isNotNull());
    }

    @Test
    void noteFromTheAcceptFormIsKeptAndMailedToThePartnerManager() {
        ProcessInstance instance = receive("demo-request");
        String partner = partnerOf(instance);
        driver.complete(instance, TASK_ACCEPT_LEAD, user(partner), groups(partner),
                Map.of(LEAD_ACCEPTED, true, "noteText", "Calling them tomorrow morning"));

        Lead lead = lead(instance);
        Assertions.assertThat(notes.of(lead.getId())).singleElement().satisfies(note -> {
            Assertions.assertThat(note.getBody()).isEqualTo("Calling them tomorrow morning");
            Assertions.assertThat(note.getAuthor()).isEqualTo(user(partner));
        });
        Assertions.assertThat(eventTypes(lead)).contains(LeadEventType.NOTE_ADDED);
        Assertions.assertThat(mailsOf(lead, "note-added").getRecipients())
                .containsExactly(world.managerId() + "@vendor.example.com");
        Assertions.assertThat(runtime.getVariable(instance.getId(), "noteText")).isNull();
    }

    @Test
    void rejectedLeadIsRecycledToAnotherPartner() {
        ProcessInstance instance = receive("contact-sales");
        String first = partnerOf(instance);
        reject(instance, first, "outside-territory");

        assertThat(instance).isWaitingAt(TASK_ACCEPT_LEAD);
        String second = partnerOf(instance);
        Assertions.assertThat(second).isNotEqualTo(first);
        assertThat(instance).task().hasCandidateGroup("partner-" + second);
        List<Assignment> tries = assignments.findByLeadIdOrderByAttempt(lead(instance).getId());
        Assertions.assertThat(tries).extracting(Assignment::getPartnerKey).containsExactly(first, second);
        Assertions.assertThat(tries.get(0).getOutcome()).isEqualTo(AssignmentOutcome.REJECTED);
        Assertions.assertThat(tries.get(0).getReason()).isEqualTo("outside-territory");
        Assertions.assertThat(eventTypes(lead(instance))).containsSubsequence(LeadEventType.REJECTED,
                LeadEventType.RECYCLED, LeadEventType.ASSIGNED, LeadEventType.NOTIFIED);
        // the next partner's form must not open with the previous partner's answer preselected
        Assertions.assertThat(runtime.getVariable(instance.getId(), LEAD_ACCEPTED)).isNull();
    }

    @Test
    void leadIsRecycledToAnotherPartnerWhenAcceptSlaLapses() {
        ProcessInstance instance = receive("demo-request");
        String first = partnerOf(instance);

        driver.fireTimer(instance.getId(), BOUNDARY_FIRST_REMINDER_DUE);
        assertThat(instance).hasPassed(TASK_SEND_FIRST_REMINDER).isWaitingAt(TASK_ACCEPT_LEAD);
        Assertions.assertThat(mailTemplates(lead(instance))).containsExactly("lead-assigned", "first-reminder");
        Assertions.assertThat(partnerOf(instance)).isEqualTo(first);
        // the reminder links to the open accept task and names its due date
        org.camunda.bpm.engine.task.Task accept = engine.getTaskService().createTaskQuery()
                .processInstanceId(instance.getId()).taskDefinitionKey(TASK_ACCEPT_LEAD).singleResult();
        Assertions.assertThat(mailsOf(lead(instance), "first-reminder").getTextBody()).contains("task=" + accept.getId());
        Assertions.assertThat(events.findByLeadIdOrderByOccurredAtAscIdAsc(lead(instance).getId()))
                .filteredOn(e -> e.getType() == LeadEventType.FIRST_REMINDER_SENT)
                .extracting(LeadEvent::getDetail).containsExactly("Due " + accept.getDueDate().toInstant());

        driver.fireTimer(instance.getId(), BOUNDARY_ACCEPT_SLA_BREACHED);
        assertThat(instance).hasPassed(TASK_ESCALATE_ACCEPT_SLA_BREACH, TASK_RECYCLE_LEAD)
                .isWaitingAt(TASK_ACCEPT_LEAD);
        Lead lead = lead(instance);
        Assertions.assertThat(lead.getPartnerKey()).isNotEqualTo(first);
        Assertions.assertThat(assignments.findByLeadIdOrderByAttempt(lead.getId()).get(0).getOutcome())
                .isEqualTo(AssignmentOutcome.ACCEPT_SLA_LAPSED);
        Assertions.assertThat(eventTypes(lead)).containsSubsequence(LeadEventType.FIRST_REMINDER_SENT,
                LeadEventType.ACCEPT_SLA_BREACHED, LeadEventType.RECYCLED, LeadEventType.ASSIGNED);
        Assertions.assertThat(mailTemplates(lead)).containsExactly("lead-assigned", "first-reminder",
                "accept-sla-breached", "lead-withdrawn", "lead-recycled");
        Assertions.assertThat(mailsOf(lead, "accept-sla-breached").getRecipients())
                .containsExactly(world.managerId() + "@vendor.example.com");
        OutboundMail withdrawn = mailsOf(lead, "lead-withdrawn");
        Assertions.assertThat(withdrawn.getRecipients()).containsExactly(first + "@partners.example.com");
        Assertions.assertThat(withdrawn.getTextBody()).doesNotContain("Lovelace", "ada@prospect.example.com");
    }

    @Test
    void leadIsRecycledWhenActSlaLapsesAfterTheSecondReminder() {
        ProcessInstance instance = receive("contact-sales");
        String first = partnerOf(instance);
        accept(instance, first);

        driver.fireTimer(instance.getId(), BOUNDARY_SECOND_REMINDER_DUE);
        assertThat(instance).hasPassed(TASK_SEND_SECOND_REMINDER).isWaitingAt(TASK_WORK_LEAD);
        driver.fireTimer(instance.getId(), BOUNDARY_ACT_SLA_BREACHED);

        assertThat(instance).hasPassed(TASK_ESCALATE_ACT_SLA_BREACH, TASK_RECYCLE_LEAD).isWaitingAt(TASK_ACCEPT_LEAD);
        Lead lead = lead(instance);
        Assertions.assertThat(lead.getPartnerKey()).isNotEqualTo(first);
        Assertions.assertThat(assignments.findByLeadIdOrderByAttempt(lead.getId()).get(0).getOutcome())
                .isEqualTo(AssignmentOutcome.ACT_SLA_LAPSED);
        Assertions.assertThat(mailTemplates(lead)).containsSubsequence("second-reminder", "act-sla-breached",
                "lead-withdrawn", "lead-recycled");
    }

    @Test
    void nurturedLeadReturnsToWorkOnItsCheckInDate() {
        ProcessInstance instance = receive("content-download");
        String partner = partnerOf(instance);
        accept(instance, partner);
        work(instance, partner, Map.of(WORK_OUTCOME, WORK_NURTURE));
        assertThat(instance).isWaitingAt(TASK_RESUME_NURTURE);
        Assertions.assertThat(lead(instance).getStatus()).isEqualTo(LeadStatus.NURTURING);

        var timer = driver.fireTimer(instance.getId(), BOUNDARY_NURTURE_CHECK_IN_DUE);
        Duration parked = Duration.between(lead(instance).getReceivedAt(), timer.getDuedate().toInstant());
        Assertions.assertThat(parked).isGreaterThanOrEqualTo(Duration.ofDays(30));

        assertThat(instance).hasPassed("Task_RecordNurtureCheckIn").isWaitingAt(TASK_WORK_LEAD);
        Assertions.assertThat(lead(instance).getStatus()).isEqualTo(LeadStatus.ACCEPTED);
        Assertions.assertThat(eventTypes(lead(instance))).containsSubsequence(LeadEventType.NURTURED,
                LeadEventType.NURTURE_CHECK_IN_DUE);
        Assertions.assertThat(mailTemplates(lead(instance))).contains("nurture-check-in");
    }

    @Test
    void partnerCanResumeANurturedLeadBeforeItsCheckInDate() {
        ProcessInstance instance = receive("event");
        String partner = partnerOf(instance);
        accept(instance, partner);
        work(instance, partner, Map.of(WORK_OUTCOME, WORK_NURTURE, NURTURE_UNTIL, "2999-01-31"));
        Assertions.assertThat(engine.getManagementService().createJobQuery().processInstanceId(instance.getId())
                .activityId(BOUNDARY_NURTURE_CHECK_IN_DUE).singleResult().getDuedate().toInstant().toString())
                .startsWith("2999-01-31");

        driver.complete(instance, TASK_RESUME_NURTURE, user(partner), groups(partner), Map.of());
        assertThat(instance).isWaitingAt(TASK_WORK_LEAD);
        Assertions.assertThat(eventTypes(lead(instance))).contains(LeadEventType.NURTURE_RESUMED);
    }

    @Test
    void dealSentBackIsImprovedAndThenApproved() {
        ProcessInstance instance = qualifiedLeadInReview();
        String partner = partnerOf(instance);
        review(instance, Map.of(DEAL_DECISION, DEAL_SEND_BACK, REVIEW_COMMENT, "Which products, how many seats?"));

        assertThat(instance).isWaitingAt(TASK_IMPROVE_DEAL);
        assertThat(instance).task().hasCandidateGroup("partner-" + partner);
        OutboundMail sentBack = mailsOf(lead(instance), "deal-sent-back");
        Assertions.assertThat(sentBack.getTextBody()).contains("Which products, how many seats?");

        driver.complete(instance, TASK_IMPROVE_DEAL, user(partner), groups(partner), deal("52000"));
        assertThat(instance).isWaitingAt(TASK_REVIEW_DEAL);
        Assertions.assertThat(runtime.getVariable(instance.getId(), REVIEW_COMMENT)).isNull();
        review(instance, Map.of(DEAL_DECISION, DEAL_APPROVE));

        assertThat(instance).isEnded().hasPassed(END_OPPORTUNITY_CREATED);
        Assertions.assertThat(deals.findByLeadIdOrderByVersionNo(lead(instance).getId()))
                .extracting(d -> d.getAmount().intValueExact()).containsExactly(48000, 52000);
        Assertions.assertThat(opportunities.findByLeadId(lead(instance).getId()).orElseThrow().getAmount())
                .isEqualByComparingTo("52000");
    }

    @Test
    void rejectedDealIsRecycledWhenTheReasonAllowsAnotherPartner() {
        ProcessInstance instance = qualifiedLeadInReview();
        String first = partnerOf(instance);
        review(instance, Map.of(DEAL_DECISION, DEAL_REJECT, REVIEW_COMMENT, "Partner lacks the certification",
                REJECT_REASON, "not-qualified"));

        assertThat(instance).isWaitingAt(TASK_ACCEPT_LEAD);
        Assertions.assertThat(partnerOf(instance)).isNotEqualTo(first);
        Assertions.assertThat(mailTemplates(lead(instance))).contains("deal-rejected");
        Assertions.assertThat(assignments.findByLeadIdOrderByAttempt(lead(instance).getId()).get(0).getOutcome())
                .isEqualTo(AssignmentOutcome.DEAL_REJECTED);
    }

    @Test
    void rejectedDealIsClosedWhenTheReasonSaysSo() {
        ProcessInstance instance = qualifiedLeadInReview();
        review(instance, Map.of(DEAL_DECISION, DEAL_REJECT, REVIEW_COMMENT, "Already registered by another partner",
                REJECT_REASON, "duplicate-registration"));

        assertThat(instance).isEnded().hasPassed(END_LEAD_CLOSED);
        Assertions.assertThat(lead(instance).getStatus()).isEqualTo(LeadStatus.CLOSED);
    }

    @Test
    void leadRejectedAsInvalidIsClosedNotRecycled() {
        ProcessInstance instance = receive("demo-request");
        reject(instance, partnerOf(instance), "invalid-contact");

        assertThat(instance).isEnded().hasPassed(END_LEAD_CLOSED);
        Assertions.assertThat(assignments.findByLeadIdOrderByAttempt(lead(instance).getId())).hasSize(1);
    }

    @Test
    void leadGoesToTriageAfterTheRecycleLimitAndIsReassignedThere() {
        ProcessInstance instance = receive("trial-signup");
        for (int attempt = 0; attempt < 3; attempt++) {
            reject(instance, partnerOf(instance), "no-capacity");
        }

        assertThat(instance).isWaitingAt(TASK_TRIAGE_LEAD);
        assertThat(instance).task().hasCandidateGroup("partner-managers");
        Assertions.assertThat((String) runtime.getVariable(instance.getId(), TRIAGE_REASON)).contains("Recycle limit");
        Assertions.assertThat(lead(instance).getStatus()).isEqualTo(LeadStatus.IN_TRIAGE);
        Assertions.assertThat(mailTemplates(lead(instance))).contains("triage-needed");

        String chosen = world.partnerKeys().get(0);
        driver.complete(instance, TASK_TRIAGE_LEAD, world.managerId(), MANAGERS,
                Map.of(TRIAGE_DECISION, TRIAGE_REASSIGN, TRIAGE_PARTNER_KEY, chosen));
        assertThat(instance).isWaitingAt(TASK_ACCEPT_LEAD);
        assertThat(instance).task().hasCandidateGroup("partner-" + chosen);
        Assertions.assertThat(eventTypes(lead(instance))).contains(LeadEventType.TRIAGE_REASSIGNED);
    }

    @Test
    void leadWithNoEligiblePartnerIsClosedInTriage() {
        world = fixtures.world(1);
        ProcessInstance instance = receive("contact-sales");
        reject(instance, partnerOf(instance), "no-capacity");

        assertThat(instance).isWaitingAt(TASK_TRIAGE_LEAD);
        Assertions.assertThat((String) runtime.getVariable(instance.getId(), TRIAGE_REASON))
                .contains("No eligible partner");
        driver.complete(instance, TASK_TRIAGE_LEAD, world.managerId(), MANAGERS,
                Map.of(TRIAGE_DECISION, TRIAGE_CLOSE, TRIAGE_COMMENT, "No partner in this territory yet"));

        assertThat(instance).isEnded().hasPassed("EndEvent_LeadClosedInTriage");
        Assertions.assertThat(lead(instance).getStatus()).isEqualTo(LeadStatus.CLOSED);
    }

    @Test
    void overdueDealReviewRemindsTheDealDeskAndKeepsTheReviewOpen() {
        ProcessInstance instance = qualifiedLeadInReview();
        driver.fireTimer(instance.getId(), BOUNDARY_DEAL_REVIEW_OVERDUE);

        assertThat(instance).isWaitingAt(TASK_REVIEW_DEAL);
        Assertions.assertThat(mailTemplates(lead(instance))).contains("deal-review-overdue");
        Assertions.assertThat(eventTypes(lead(instance))).contains(LeadEventType.DEAL_REVIEW_OVERDUE);
    }

    @Test
    void rejectionWithoutReasonIsRefusedAndTheTaskStaysOpen() {
        ProcessInstance instance = receive("demo-request");
        String partner = partnerOf(instance);

        assertThatThrownBy(() -> driver.complete(instance, TASK_ACCEPT_LEAD, user(partner), groups(partner),
                Map.of(LEAD_ACCEPTED, false)))
                .hasRootCauseInstanceOf(FormInputException.class).hasMessageContaining("Please choose a reason");
        assertThat(instance).isWaitingAt(TASK_ACCEPT_LEAD);
        Assertions.assertThat(lead(instance).getStatus()).isEqualTo(LeadStatus.ASSIGNED);
    }

    @Test
    void partnerCannotCompleteAnotherPartnersTask() {
        ProcessInstance instance = receive("demo-request");
        String owner = partnerOf(instance);
        String other = world.partnerKeys().stream().filter(key -> !key.equals(owner)).findFirst().orElseThrow();

        assertThatThrownBy(() -> driver.complete(instance, TASK_ACCEPT_LEAD, user(other), groups(other),
                Map.of(LEAD_ACCEPTED, true)))
                .isInstanceOf(org.camunda.bpm.engine.AuthorizationException.class);
        assertThat(instance).isWaitingAt(TASK_ACCEPT_LEAD);
    }

    // --- helpers

    private ProcessInstance receive(String leadType) {
        Lead lead = fixtures.newLead(world, leadType);
        ProcessInstance instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(lead.getId())
                .singleResult();
        driver.runAsyncJobs(instance.getId());
        return instance;
    }

    private ProcessInstance qualifiedLeadInReview() {
        ProcessInstance instance = receive("demo-request");
        String partner = partnerOf(instance);
        accept(instance, partner);
        work(instance, partner, Map.of(WORK_OUTCOME, WORK_QUALIFY));
        driver.complete(instance, TASK_REGISTER_DEAL, user(partner), groups(partner), deal("48000"));
        assertThat(instance).isWaitingAt(TASK_REVIEW_DEAL);
        return instance;
    }

    private void accept(ProcessInstance instance, String partner) {
        driver.complete(instance, TASK_ACCEPT_LEAD, user(partner), groups(partner), Map.of(LEAD_ACCEPTED, true));
    }

    private void reject(ProcessInstance instance, String partner, String reason) {
        driver.complete(instance, TASK_ACCEPT_LEAD, user(partner), groups(partner),
                Map.of(LEAD_ACCEPTED, false, REJECT_REASON, reason, REJECT_COMMENT, "test"));
    }

    private void work(ProcessInstance instance, String partner, Map<String, Object> values) {
        driver.complete(instance, TASK_WORK_LEAD, user(partner), groups(partner), values);
    }

    private void review(ProcessInstance instance, Map<String, Object> values) {
        driver.complete(instance, TASK_REVIEW_DEAL, "desk", DEAL_DESK, values);
    }

    private static Map<String, Object> deal(String amount) {
        Map<String, Object> values = new HashMap<>();
        values.put("dealCustomer", "Analytical Engines Ltd");
        values.put("dealAmount", Double.valueOf(amount));
        values.put("dealCurrency", "EUR");
        values.put("dealProducts", "Fleet Orchestrator, 40 seats");
        values.put("dealExpectedCloseDate", "2027-03-31");
        values.put("dealCompetitors", "");
        values.put("dealDescription", "Two warehouses, budget approved");
        return values;
    }

    private String partnerOf(ProcessInstance instance) {
        return (String) runtime.getVariable(instance.getId(), PARTNER_KEY);
    }

    private String user(String partnerKey) {
        return world.userOf(partnerKey);
    }

    private static List<String> groups(String partnerKey) {
        return List.of("partner-" + partnerKey);
    }

    private Lead lead(ProcessInstance instance) {
        return leads.findById(instance.getBusinessKey()).orElseThrow();
    }

    private List<LeadEventType> eventTypes(Lead lead) {
        return events.findByLeadIdOrderByOccurredAtAscIdAsc(lead.getId()).stream().map(LeadEvent::getType).toList();
    }

    private List<String> mailTemplates(Lead lead) {
        return mails.findByLeadIdOrderByCreatedAtAscIdAsc(lead.getId()).stream().map(OutboundMail::getTemplate)
                .toList();
    }

    private OutboundMail mailsOf(Lead lead, String template) {
        return mails.findByLeadIdOrderByCreatedAtAscIdAsc(lead.getId()).stream()
                .filter(mail -> mail.getTemplate().equals(template)).findFirst()
                .orElseThrow(() -> new AssertionError("No " + template + " mail"));
    }
}
