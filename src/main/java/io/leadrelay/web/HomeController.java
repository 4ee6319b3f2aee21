package io.leadrelay.web;

import io.leadrelay.security.Viewer;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The start page: where to go next, by role. The dashboards will live here. */
@Controller
class HomeController {

    @GetMapping("/")
    String home(Authentication authentication, Model model) {
        Viewer viewer = Viewer.of(authentication);
        model.addAttribute("viewer", viewer);
        model.addAttribute("partnerKey", viewer.partnerKey().orElse(null));
        return "pages/home";
    }
}
