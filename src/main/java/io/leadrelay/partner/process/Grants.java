package io.leadrelay.partner.process;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;
import org.springframework.stereotype.Component;

/** Grants a group permissions on a resource once: an existing grant for the same resource is left as it is. */
@Component
class Grants {

    private final AuthorizationService authorizations;

    Grants(AuthorizationService authorizations) {
        this.authorizations = authorizations;
    }

    void grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
        boolean exists = authorizations.createAuthorizationQuery().groupIdIn(groupId).resourceType(resource)
                .resourceId(resourceId).count() > 0;
        if (exists) {
            return;
        }
        Authorization authorization = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        authorization.setGroupId(groupId);
        authorization.setResource(resource);
        authorization.setResourceId(resourceId);
        for (Permission permission : permissions) {
            authorization.addPermission(permission);
        }
        authorizations.saveAuthorization(authorization);
    }
}
