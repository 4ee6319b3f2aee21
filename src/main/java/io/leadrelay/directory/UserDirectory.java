package io.leadrelay.directory;

import java.util.List;
import java.util.Optional;

/** Who is who: the users and groups that Camunda's identity service keeps (one identity for app and webapps). */
public interface UserDirectory {

    /** E-mail addresses of the members of a group that have one. */
    List<String> emailsOfGroup(String groupId);

    Optional<String> emailOf(String userId);

    Optional<String> displayNameOf(String userId);

    /** True if the password is right; the user's groups come from {@link #groupsOf}. */
    boolean checkPassword(String userId, String password);

    List<String> groupsOf(String userId);
}
