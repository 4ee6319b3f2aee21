package io.leadrelay.portal;

import io.leadrelay.security.Viewer;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The dashboards' figures as JSON (HTTP Basic, like the rest of {@code /api}). A partner user gets its own
 * partner's figures whatever it asks for; the manager view is for vendor staff only.
 */
@RestController
@RequestMapping("/api/dashboard")
class DashboardApi {

    private final Dashboards dashboards;
    private final Clock clock;

    DashboardApi(Dashboards dashboards, Clock clock) {
        this.dashboards = dashboards;
        this.clock = clock;
    }

    @GetMapping("/manager")
    Dashboards.ManagerDashboard manager(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                        @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                        @RequestParam(required = false) String region,
                                        @RequestParam(required = false) String leadType,
                                        @RequestParam(required = false) String partner,
                                        Authentication authentication) {
        if (!Viewer.of(authentication).isVendorStaff()) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        return dashboards.manager(DashboardFilter.of(from, to, region, leadType, partner, clock));
    }

    @GetMapping("/partner")
    Dashboards.PartnerDashboard partner(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                        @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                        @RequestParam(required = false) String region,
                                        @RequestParam(required = false) String leadType,
                                        @RequestParam(required = false) String partner,
                                        Authentication authentication) {
        String partnerKey = PortalAccess.partnerToShow(Viewer.of(authentication), partner);
        return dashboards.partner(partnerKey, DashboardFilter.of(from, to, region, leadType, null, clock));
    }
}
