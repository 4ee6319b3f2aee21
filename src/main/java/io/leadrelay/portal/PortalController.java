package io.leadrelay.portal;

import io.leadrelay.security.Viewer;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The portal's dashboards, rendered on the server with the figures embedded for the charts. {@code /} is the
 * partner home for partner users and the manager dashboard for vendor staff.
 */
@Controller
class PortalController {

    private final Dashboards dashboards;
    private final PortalModel.ChartData chartData;
    private final Clock clock;

    PortalController(Dashboards dashboards, PortalModel.ChartData chartData, Clock clock) {
        this.dashboards = dashboards;
        this.chartData = chartData;
        this.clock = clock;
    }

    @GetMapping("/")
    String home(Authentication authentication, Model model) {
        Viewer viewer = Viewer.of(authentication);
        if (viewer.isVendorStaff()) {
            return manager(null, null, null, null, null, authentication, model);
        }
        return viewer.partnerKey()
                .map(key -> partnerHome(key, model))
                .orElse("pages/home");
    }

    @GetMapping("/dashboard")
    String manager(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                   @RequestParam(required = false) String region,
                   @RequestParam(required = false) String leadType,
                   @RequestParam(required = false) String partner,
                   Authentication authentication, Model model) {
        if (!Viewer.of(authentication).isVendorStaff()) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        Dashboards.ManagerDashboard dashboard =
                dashboards.manager(DashboardFilter.of(from, to, region, leadType, partner, clock));
        model.addAttribute("d", dashboard);
        model.addAttribute("chartData", chartData.of(dashboard));
        model.addAttribute("regions", dashboards.regions());
        model.addAttribute("leadTypes", dashboards.leadTypes());
        return "pages/manager";
    }

    /** Vendor staff look at a partner's home as the partner sees it; a partner user only at its own. */
    @GetMapping("/partners/{key}")
    String partner(@PathVariable String key, Authentication authentication, Model model) {
        String shown = PortalAccess.partnerToShow(Viewer.of(authentication), key);
        if (!shown.equals(key) || !dashboards.partnerNames().containsKey(key)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return partnerHome(key, model);
    }

    private String partnerHome(String partnerKey, Model model) {
        Dashboards.PartnerDashboard home =
                dashboards.partner(partnerKey, DashboardFilter.of(null, null, null, null, null, clock));
        model.addAttribute("home", home);
        model.addAttribute("rows", home.openLeads().stream()
                .map(lead -> new OpenLeadRow(lead, Countdown.of(lead.slaDueAt(), home.now()),
                        NextAction.of(lead.status())))
                .toList());
        model.addAttribute("chartData", chartData.of(home));
        return "pages/partner-home";
    }

    record OpenLeadRow(DashboardQueries.OpenLead lead, Countdown countdown, String nextAction) {
    }
}
