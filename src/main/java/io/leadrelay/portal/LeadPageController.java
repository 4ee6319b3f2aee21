package io.leadrelay.portal;

import io.leadrelay.lead.AssignmentRepository;
import io.leadrelay.lead.Lead;
import io.leadrelay.lead.LeadEventRepository;
import io.leadrelay.lead.LeadNotFoundException;
import io.leadrelay.lead.LeadRepository;
import io.leadrelay.note.LeadNote;
import io.leadrelay.note.LeadNotes;
import io.leadrelay.portal.process.CurrentTasks;
import io.leadrelay.security.Viewer;
import java.time.Clock;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A lead's page: its data, its tries, its timeline (lead events), its notes with a box to add one, and a link to
 * its open task in Tasklist. Another partner's lead answers 404, exactly like a lead that does not exist.
 */
@Controller
class LeadPageController {

    private final LeadRepository leads;
    private final LeadEventRepository events;
    private final AssignmentRepository assignments;
    private final LeadNotes notes;
    private final CurrentTasks tasks;
    private final Clock clock;

    LeadPageController(LeadRepository leads, LeadEventRepository events, AssignmentRepository assignments,
                       LeadNotes notes, CurrentTasks tasks, Clock clock) {
        this.leads = leads;
        this.events = events;
        this.assignments = assignments;
        this.notes = notes;
        this.tasks = tasks;
        this.clock = clock;
    }

    @GetMapping("/leads/{id}")
    @Transactional(readOnly = true)
    String lead(@PathVariable String id, Authentication authentication, Model model) {
        Lead lead = visible(id, Viewer.of(authentication));
        var tries = assignments.findByLeadIdOrderByAttempt(id);
        var current = tries.stream().filter(t -> t.isOpen()).reduce((first, second) -> second);
        model.addAttribute("lead", lead);
        model.addAttribute("tries", tries);
        model.addAttribute("countdown", Countdown.of(current.map(t -> t.getSlaDueAt()).orElse(null), clock.instant()));
        model.addAttribute("nextAction", NextAction.of(lead.getStatus()));
        model.addAttribute("events", events.findByLeadIdOrderByOccurredAtAscIdAsc(id));
        model.addAttribute("notes", notes.of(id));
        model.addAttribute("task", tasks.of(id).orElse(null));
        return "pages/lead";
    }

    @PostMapping("/leads/{id}/notes")
    String addNote(@PathVariable String id, @RequestParam String text, Authentication authentication,
                   RedirectAttributes redirect) {
        Viewer viewer = Viewer.of(authentication);
        visible(id, viewer);
        try {
            notes.add(id, viewer.userId(), viewer.isVendorStaff() ? LeadNote.Side.VENDOR : LeadNote.Side.PARTNER, text);
            redirect.addFlashAttribute("message", "Note added; the other side has been told by mail.");
        } catch (IllegalArgumentException invalid) {
            redirect.addFlashAttribute("error", invalid.getMessage());
        }
        return "redirect:/leads/" + id + "#notes";
    }

    private Lead visible(String id, Viewer viewer) {
        return leads.findById(id).filter(lead -> viewer.maySee(lead.getPartnerKey()))
                .orElseThrow(() -> new LeadNotFoundException(id));
    }
}
