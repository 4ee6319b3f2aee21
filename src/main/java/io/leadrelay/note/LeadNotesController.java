package io.leadrelay.note;

import io.leadrelay.lead.LeadNotFoundException;
import io.leadrelay.lead.LeadRepository;
import io.leadrelay.security.Viewer;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/leads/{id}/notes}: read and add notes. A partner reaches only its own partner's leads (else 404). */
@RestController
@RequestMapping("/api/leads/{leadId}/notes")
class LeadNotesController {

    record NewNote(@NotBlank @Size(max = LeadNotes.MAX_LENGTH) String text) {
    }

    record NoteView(Long id, String author, LeadNote.Side side, String text, Instant createdAt) {
        static NoteView of(LeadNote note) {
            return new NoteView(note.getId(), note.getAuthor(), note.getAuthorSide(), note.getBody(),
                    note.getCreatedAt());
        }
    }

    private final LeadNotes notes;
    private final LeadRepository leads;

    LeadNotesController(LeadNotes notes, LeadRepository leads) {
        this.notes = notes;
        this.leads = leads;
    }

    @GetMapping
    List<NoteView> list(@PathVariable String leadId, Authentication authentication) {
        checkVisible(leadId, Viewer.of(authentication));
        return notes.of(leadId).stream().map(NoteView::of).toList();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    NoteView add(@PathVariable String leadId, @Valid @RequestBody NewNote note, Authentication authentication) {
        Viewer viewer = Viewer.of(authentication);
        checkVisible(leadId, viewer);
        LeadNote.Side side = viewer.isVendorStaff() ? LeadNote.Side.VENDOR : LeadNote.Side.PARTNER;
        return NoteView.of(notes.add(leadId, viewer.userId(), side, note.text()));
    }

    private void checkVisible(String leadId, Viewer viewer) {
        leads.findById(leadId).filter(lead -> viewer.maySee(lead.getPartnerKey()))
                .orElseThrow(() -> new LeadNotFoundException(leadId));
    }
}
