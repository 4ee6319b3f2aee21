package io.leadrelay.security;

import io.leadrelay.directory.UserDirectory;
import java.util.List;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/** One identity for everything: our APIs and pages check passwords against the same users as the Camunda webapps. */
@Component
class DirectoryAuthenticationProvider implements AuthenticationProvider {

    private final UserDirectory directory;

    DirectoryAuthenticationProvider(UserDirectory directory) {
        this.directory = directory;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String userId = authentication.getName();
        Object credentials = authentication.getCredentials();
        if (credentials == null || !directory.checkPassword(userId, credentials.toString())) {
            throw new BadCredentialsException("Bad credentials");
        }
        List<SimpleGrantedAuthority> authorities = directory.groupsOf(userId).stream()
                .map(group -> new SimpleGrantedAuthority(Viewer.GROUP_AUTHORITY_PREFIX + group))
                .toList();
        return UsernamePasswordAuthenticationToken.authenticated(userId, null, authorities);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
