package io.leadrelay.directory.process;

import io.leadrelay.directory.UserDirectory;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Reads users and groups from Camunda's identity service.
 *
 * <p>Lookups run without the current user's authorizations: a partner who completes a task may cause a mail to
 * the partner manager, whom the partner is not allowed to see. The directory is internal plumbing, never shown.
 */
@Component
class CamundaUserDirectory implements UserDirectory {

    private final IdentityService identity;

    CamundaUserDirectory(IdentityService identity) {
        this.identity = identity;
    }

    @Override
    public List<String> emailsOfGroup(String groupId) {
        return asSystem(() -> identity.createUserQuery().memberOfGroup(groupId).orderByUserId().asc().list().stream()
                .map(User::getEmail)
                .filter(Objects::nonNull)
                .filter(email -> !email.isBlank())
                .toList());
    }

    @Override
    public Optional<String> emailOf(String userId) {
        return findUser(userId).map(User::getEmail).filter(email -> !email.isBlank());
    }

    @Override
    public Optional<String> displayNameOf(String userId) {
        return findUser(userId).map(user -> (nullToEmpty(user.getFirstName()) + " " + nullToEmpty(user.getLastName())).trim());
    }

    @Override
    public boolean checkPassword(String userId, String password) {
        return asSystem(() -> identity.checkPassword(userId, password));
    }

    @Override
    public List<String> groupsOf(String userId) {
        return asSystem(() -> identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList());
    }

    private Optional<User> findUser(String userId) {
        if (userId == null) {
            return Optional.empty();
        }
        return asSystem(() -> Optional.ofNullable(identity.createUserQuery().userId(userId).singleResult()));
    }

    private <T> T asSystem(Supplier<T> lookup) {
        Authentication caller = identity.getCurrentAuthentication();
        identity.clearAuthentication();
        try {
            return lookup.get();
        } finally {
            if (caller != null) {
                identity.setAuthentication(caller);
            }
        }
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
