package io.leadrelay.portal;

import io.leadrelay.security.Viewer;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** Which partner's home a viewer gets: a partner user always its own; vendor staff the one they ask for. */
final class PortalAccess {

    private PortalAccess() {
    }

    static String partnerToShow(Viewer viewer, String asked) {
        if (viewer.isVendorStaff()) {
            if (asked == null || asked.isBlank()) {
                throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Name a partner");
            }
            return asked;
        }
        // a partner user asking for another partner gets its own figures, never the other's (nor a hint it exists)
        return viewer.partnerKey().orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN));
    }
}
