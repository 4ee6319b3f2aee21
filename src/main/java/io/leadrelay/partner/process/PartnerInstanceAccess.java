package io.leadrelay.partner.process;

import io.leadrelay.directory.Groups;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.stereotype.Component;

/**
 * Lets the partner that holds a lead read that lead's process instance and its history, and nothing else.
 * On every (re)assignment the previous partner's access to the instance is withdrawn with the lead.
 */
@Component
public class PartnerInstanceAccess {

    private final AuthorizationService authorizations;

    PartnerInstanceAccess(AuthorizationService authorizations) {
        this.authorizations = authorizations;
    }

    public void giveTo(String partnerGroupId, String processInstanceId) {
        revokeOtherPartners(partnerGroupId, processInstanceId);
        grant(partnerGroupId, Resources.PROCESS_INSTANCE, processInstanceId, Permissions.READ);
        grant(partnerGroupId, Resources.HISTORIC_PROCESS_INSTANCE, processInstanceId,
                HistoricProcessInstancePermissions.READ);
    }

    private void revokeOtherPartners(String keep, String processInstanceId) {
        for (Resource resource : List.of(Resources.PROCESS_INSTANCE, Resources.HISTORIC_PROCESS_INSTANCE)) {
            authorizations.createAuthorizationQuery().resourceType(resource).resourceId(processInstanceId).list()
                    .stream()
                    .filter(auth -> auth.getGroupId() != null && Groups.isPartnerGroup(auth.getGroupId())
                            && !auth.getGroupId().equals(keep))
                    .forEach(auth -> authorizations.deleteAuthorization(auth.getId()));
        }
    }

    private void grant(String groupId, Resource resource, String resourceId, Permission permission) {
        boolean exists = authorizations.createAuthorizationQuery().groupIdIn(groupId).resourceType(resource)
                .resourceId(resourceId).count() > 0;
        if (!exists) {
            Authorization authorization = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
            authorization.setGroupId(groupId);
            authorization.setResource(resource);
            authorization.setResourceId(resourceId);
            authorization.addPermission(permission);
            authorizations.saveAuthorization(authorization);
        }
    }
}
