package io.leadrelay.partner.process;

import static io.leadrelay.lead.process.LeadLifecycleProcess.*;

import io.leadrelay.directory.Groups;
import io.leadrelay.partner.Partner;
import io.leadrelay.partner.PartnerRepository;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Gives every partner group, the partner managers and the deal desk what they need in Tasklist: access to the
 * app, read access to the lifecycle's model (for forms and the diagram) and their own task filters: "New
 * leads" first (the default view), then "Overdue". Task access itself comes from candidate groups (Camunda grants READ and TASK_WORK to them), so a
 * partner sees only its own tasks. Idempotent; runs at start-up and whenever a partner is added.
 */
@Component
public class PartnerWorkspaces {

    private final PartnerRepository partners;
    private final IdentityService identity;
    private final Grants grants;
    private final FilterService filters;
    private final TaskService tasks;

    PartnerWorkspaces(PartnerRepository partners, IdentityService identity, Grants grants, FilterService filters,
                      TaskService tasks) {
        this.partners = partners;
        this.identity = identity;
        this.grants = grants;
        this.filters = filters;
        this.tasks = tasks;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(20)
    public void prepareAll() {
        prepareVendorGroups();
        partners.findAll().forEach(this::prepare);
    }

    public void prepare(Partner partner) {
        String group = partner.groupId();
        ensureGroup(group, partner.getName(), "PARTNER");
        grant(group, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
        grant(group, Resources.PROCESS_DEFINITION, KEY, Permissions.READ);
        String label = partner.getName();
        ensureFilter(group, "New leads", label, -20, "Leads waiting for you to accept or reject",
                tasks.createTaskQuery().taskCandidateGroup(group).includeAssignedTasks()
                        .taskDefinitionKey(TASK_ACCEPT_LEAD).orderByDueDate().asc());
        ensureFilter(group, "Overdue", label, -10, "Past their SLA due time",
                tasks.createTaskQuery().taskCandidateGroup(group).includeAssignedTasks()
                        .dueBeforeExpression("${now()}").orderByDueDate().asc());
        ensureFilter(group, "Leads to work", label, -5, "Accepted leads to qualify, nurture or reject",
                tasks.createTaskQuery().taskCandidateGroup(group).includeAssignedTasks()
                        .taskDefinitionKey(TASK_WORK_LEAD).orderByDueDate().asc());
        ensureFilter(group, "In nurture", label, 0, "Parked leads and their check-in dates",
                tasks.createTaskQuery().taskCandidateGroup(group).includeAssignedTasks()
                        .taskDefinitionKey(TASK_RESUME_NURTURE).orderByDueDate().asc());
        ensureFilter(group, "My deals", label, 5, "Deal registrations to submit or improve",
                tasks.createTaskQuery().taskCandidateGroup(group).includeAssignedTasks()
                        .taskDefinitionKeyIn(TASK_REGISTER_DEAL, TASK_IMPROVE_DEAL).orderByDueDate().asc());
    }

    private void prepareVendorGroups() {
        ensureGroup(Groups.PARTNER_MANAGERS, "Partner managers", "WORKFLOW");
        ensureGroup(Groups.DEAL_DESK, "Deal desk", "WORKFLOW");
        ensureGroup(Groups.ANALYSTS, "Process analysts", "WORKFLOW");
        grant(Groups.ANALYSTS, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
        grant(Groups.ANALYSTS, Resources.DEPLOYMENT, "*", Permissions.CREATE, Permissions.READ, Permissions.DELETE);
        grant(Groups.ANALYSTS, Resources.PROCESS_DEFINITION, "*", Permissions.ALL);
        grant(Groups.ANALYSTS, Resources.DECISION_DEFINITION, "*", Permissions.ALL);
        grant(Groups.ANALYSTS, Resources.DECISION_REQUIREMENTS_DEFINITION, "*", Permissions.READ);
        grant(Groups.ANALYSTS, Resources.PROCESS_INSTANCE, "*", Permissions.READ);
        for (String app : List.of("tasklist", "cockpit")) {
            grant(Groups.PARTNER_MANAGERS, Resources.APPLICATION, app, Permissions.ACCESS);
        }
        grant(Groups.DEAL_DESK, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
        grant(Groups.DEAL_DESK, Resources.PROCESS_DEFINITION, KEY, Permissions.READ);
        // managers watch every lead in Cockpit: read models, instances and history, across partners
        grant(Groups.PARTNER_MANAGERS, Resources.PROCESS_DEFINITION, "*", Permissions.READ,
                Permissions.READ_INSTANCE, Permissions.READ_HISTORY, Permissions.READ_TASK);
        grant(Groups.PARTNER_MANAGERS, Resources.PROCESS_INSTANCE, "*", Permissions.READ);
        grant(Groups.PARTNER_MANAGERS, Resources.DECISION_DEFINITION, "*", Permissions.READ,
                Permissions.READ_HISTORY);
        grant(Groups.PARTNER_MANAGERS, Resources.DEPLOYMENT, "*", Permissions.READ);
        grant(Groups.PARTNER_MANAGERS, Resources.TASK, "*", Permissions.READ);
        ensureFilter(Groups.PARTNER_MANAGERS, "Triage queue", "Vendor", -10, "Leads no partner could take",
                tasks.createTaskQuery().taskCandidateGroup(Groups.PARTNER_MANAGERS).includeAssignedTasks()
                        .taskDefinitionKey(TASK_TRIAGE_LEAD).orderByTaskCreateTime().asc());
        ensureFilter(Groups.DEAL_DESK, "Deal reviews", "Vendor", -10, "Deal registrations waiting for review",
                tasks.createTaskQuery().taskCandidateGroup(Groups.DEAL_DESK).includeAssignedTasks()
                        .taskDefinitionKey(TASK_REVIEW_DEAL).orderByDueDate().asc());
    }

    private void ensureGroup(String groupId, String name, String type) {
        if (identity.createGroupQuery().groupId(groupId).count() == 0) {
            var group = identity.newGroup(groupId);
            group.setName(name);
            group.setType(type);
            identity.saveGroup(group);
        }
    }

    private void grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
        grants.grant(groupId, resource, resourceId, permissions);
    }

    private void ensureFilter(String groupId, String name, String owner, int priority, String description,
                              TaskQuery query) {
        String fullName = name + " – " + owner;
        Filter filter = filters.createFilterQuery().filterName(fullName).singleResult();
        if (filter == null) {
            filter = filters.newTaskFilter(fullName)
                    .setQuery(query)
                    .setProperties(Map.<String, Object>of("priority", priority, "description", description, "refresh", true));
            filters.saveFilter(filter);
        }
        grant(groupId, Resources.FILTER, filter.getId(), Permissions.READ);
    }
}
