package io.leadrelay.security;

import io.leadrelay.directory.Groups;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * The signed-in user as our pages and APIs see them: vendor staff see every lead, a partner user only the
 * leads of its own partner (the partner of its {@code partner-<key>} group).
 */
public record Viewer(String userId, Set<String> groups) {

    public static final String GROUP_AUTHORITY_PREFIX = "GROUP_";

    public static Viewer of(Authentication authentication) {
        Set<String> groups = authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(authority -> authority.startsWith(GROUP_AUTHORITY_PREFIX))
                .map(authority -> authority.substring(GROUP_AUTHORITY_PREFIX.length()))
                .collect(Collectors.toUnmodifiableSet());
        return new Viewer(authentication.getName(), groups);
    }

    public boolean isVendorStaff() {
        return groups.contains(Groups.ADMINS) || groups.contains(Groups.PARTNER_MANAGERS)
                || groups.contains(Groups.DEAL_DESK);
    }

    /** The partner this user works for; empty for vendor staff and for users of no partner. */
    public Optional<String> partnerKey() {
        return groups.stream().filter(Groups::isPartnerGroup).map(Groups::partnerKeyOf).sorted().findFirst();
    }

    public boolean maySee(String leadPartnerKey) {
        return isVendorStaff() || (leadPartnerKey != null && partnerKey().filter(leadPartnerKey::equals).isPresent());
    }
}
