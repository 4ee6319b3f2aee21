package io.leadrelay.notification;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * The outbox, readable by admins and partner managers: every mail the system wrote, sent or still waiting,
 * with its attempts and last error. Without an SMTP server (the demo) this is where mails are read.
 */
@Controller
class MailsController {

    private final OutboundMailRepository mails;

    MailsController(OutboundMailRepository mails) {
        this.mails = mails;
    }

    @GetMapping("/mails")
    String list(Model model) {
        model.addAttribute("mails", mails.findTop200ByOrderByCreatedAtDescIdDesc());
        model.addAttribute("waiting", mails.countByStatusNot(OutboundMail.Status.SENT));
        return "pages/mails";
    }

    @GetMapping("/mails/{id}")
    String show(@PathVariable Long id, Model model) {
        model.addAttribute("mail", mails.findById(id)
                .orElseThrow(() -> new ResponseStatusException(org.springframework.http.HttpStatus.NOT_FOUND)));
        return "pages/mail";
    }
}
