package io.leadrelay.note.process;

import io.leadrelay.directory.Groups;
import io.leadrelay.lead.process.TaskVariables;
import io.leadrelay.note.LeadNote;
import io.leadrelay.note.LeadNotes;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * The optional "note" field of the accept, work and review forms: stored as a note on the lead, then removed
 * from the process so it does not reappear on the next form.
 */
@Component
class RecordFormNoteListener implements TaskListener {

    static final String NOTE_TEXT = "noteText";

    private final LeadNotes notes;

    RecordFormNoteListener(LeadNotes notes) {
        this.notes = notes;
    }

    @Override
    public void notify(DelegateTask task) {
        String text = TaskVariables.text(task, NOTE_TEXT);
        if (text != null) {
            boolean vendor = task.getCandidates().stream()
                    .anyMatch(link -> Groups.DEAL_DESK.equals(link.getGroupId())
                            || Groups.PARTNER_MANAGERS.equals(link.getGroupId()));
            String author = TaskVariables.actor(task);
            notes.add((String) task.getVariable("leadId"), author == null ? "unknown" : author,
                    vendor ? LeadNote.Side.VENDOR : LeadNote.Side.PARTNER, text);
        }
        task.getExecution().removeVariable(NOTE_TEXT);
    }
}
