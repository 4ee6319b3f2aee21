package io.leadrelay.intake;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Admins inspect what HubSpot sent: every delivery with its verdict, rejected ones with the reason. */
@Controller
class DeliveriesController {

    private final WebhookDeliveryRepository deliveries;

    DeliveriesController(WebhookDeliveryRepository deliveries) {
        this.deliveries = deliveries;
    }

    @GetMapping("/deliveries")
    String list(Model model) {
        model.addAttribute("deliveries", deliveries.findTop200ByOrderByReceivedAtDescIdDesc());
        return "pages/deliveries";
    }
}
