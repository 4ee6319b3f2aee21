package io.leadrelay.intake;

import java.time.Instant;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Admins inspect what HubSpot sent: every delivery with its verdict, rejected ones with the reason, every
 * Webhooks API event with its status and last error. A rejected delivery can be replayed after a fix (a wrong
 * secret or public URL, a mapping), a failing event retried at once.
 */
@Controller
class DeliveriesController {

    private final WebhookDeliveryRepository deliveries;
    private final WebhookEventRepository events;
    private final HubSpotRequestGate gate;
    private final List<HubSpotRequestGate.DeliveryHandler> handlers;

    DeliveriesController(WebhookDeliveryRepository deliveries, WebhookEventRepository events, HubSpotRequestGate gate,
                         List<HubSpotRequestGate.DeliveryHandler> handlers) {
        this.deliveries = deliveries;
        this.events = events;
        this.gate = gate;
        this.handlers = handlers;
    }

    @GetMapping("/deliveries")
    String list(Model model) {
        model.addAttribute("deliveries", deliveries.findTop200ByOrderByReceivedAtDescIdDesc());
        model.addAttribute("events", events.findTop200ByOrderByIdDesc());
        return "pages/deliveries";
    }

    /** The stored body as it arrived; the list shows only its first 4,000 characters (a refused body may be 1 MB). */
    @GetMapping(value = "/deliveries/{id}/body", produces = "text/plain;charset=UTF-8")
    @ResponseBody
    String body(@PathVariable Long id) {
        return deliveries.findById(id).map(WebhookDelivery::getBody)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    /** Runs a stored delivery through signature check and handling again; its verdict is replaced. */
    @PostMapping("/deliveries/{id}/replay")
    String replay(@PathVariable Long id, RedirectAttributes redirect) {
        WebhookDelivery delivery = deliveries.findById(id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (!delivery.isReplayable()) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "Delivery " + id + " cannot be replayed");
        }
        HubSpotRequestGate.DeliveryHandler handler = handlers.stream()
                .filter(candidate -> candidate.endpoint().equals(delivery.getEndpoint()))
                .findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.CONFLICT, "No endpoint " + delivery.getEndpoint()));
        int status = gate.replay(delivery, handler).getStatusCode().value();
        redirect.addFlashAttribute("message", "Delivery " + id + " replayed: " + status);
        return "redirect:/deliveries";
    }

    @PostMapping("/deliveries/events/{id}/retry")
    @Transactional
    public String retry(@PathVariable Long id, RedirectAttributes redirect) {
        int retried = events.retryNow(id, Instant.now());
        redirect.addFlashAttribute("message", retried == 0 ? "Event " + id + " is not waiting"
                : "Event " + id + " will be retried now");
        return "redirect:/deliveries";
    }
}
