package io.leadrelay.partner.process;

import io.leadrelay.directory.Groups;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
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
    private final Grants grants;

    PartnerInstanceAccess(AuthorizationService authorizations, Grants grants) {
        this.authorizations = authorizations;
        this.grants = grants;
    }

    public void giveTo(String partnerGroupId, String processInstanceId) {
        revokeOtherPartners(partnerGroupId, processInstanceId);
        grants.grant(partnerGroupId, Resources.PROCESS_INSTANCE, processInstanceId, Permissions.READ);
        grants.grant(partnerGroupId, Resources.HISTORIC_PROCESS_INSTANCE, processInstanceId,
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
}
