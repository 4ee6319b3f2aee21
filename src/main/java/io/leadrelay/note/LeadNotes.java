package io.leadrelay.note;

import io.leadrelay.lead.Lead;
import io.leadrelay.lead.LeadEventType;
import io.leadrelay.lead.LeadJournal;
import io.leadrelay.notification.LeadNotifications;
import io.leadrelay.partner.PartnerSelector;
import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Adds notes to a lead: stored, put on the timeline, and mailed to the other side (a partner's note to its
 * partner manager, a vendor note to the partner's users) in the same transaction.
 */
@Service
@Transactional
public class LeadNotes {

    public static final int MAX_LENGTH = 4000;

    private final LeadNoteRepository notes;
    private final LeadJournal journal;
    private final PartnerSelector partners;
    private final LeadNotifications notifications;
    private final Clock clock;

    LeadNotes(LeadNoteRepository notes, LeadJournal journal, PartnerSelector partners,
              LeadNotifications notifications, Clock clock) {
        this.notes = notes;
        this.journal = journal;
        this.partners = partners;
        this.notifications = notifications;
        this.clock = clock;
    }

    public LeadNote add(String leadId, String author, LeadNote.Side side, String text) {
        String body = text == null ? "" : text.strip();
        if (body.isEmpty()) {
            throw new IllegalArgumentException("A note needs some text");
        }
        if (body.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("A note has at most " + MAX_LENGTH + " characters");
        }
        Lead lead = journal.get(leadId);
        LeadNote note = notes.save(new LeadNote(leadId, author, side, lead.getPartnerKey(), body, clock.instant()));
        journal.record(leadId, LeadEventType.NOTE_ADDED, author, body);
        if (lead.getPartnerKey() != null) {
            partners.find(lead.getPartnerKey()).ifPresent(partner ->
                    notifications.noteAdded(lead, partner, author, side == LeadNote.Side.PARTNER, body));
        }
        return note;
    }

    @Transactional(readOnly = true)
    public List<LeadNote> of(String leadId) {
        return notes.findByLeadIdOrderByCreatedAtAscIdAsc(leadId);
    }
}
