package io.leadrelay.notification;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Puts a mail in the outbox. It must run inside the transaction of the step that causes the mail: if that step
 * rolls back, the mail was never written; if it commits, the dispatcher will send it. Due times use the wall
 * clock, not the engine clock, because the dispatcher runs outside the engine.
 */
@Service
public class Outbox {

    private final MailRenderer renderer;
    private final OutboundMailRepository mails;
    private final MailProperties properties;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    Outbox(MailRenderer renderer, OutboundMailRepository mails, MailProperties properties, Clock clock,
           ApplicationEventPublisher events) {
        this.renderer = renderer;
        this.mails = mails;
        this.properties = properties;
        this.clock = clock;
        this.events = events;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public OutboundMail put(String leadId, List<String> recipients, MailContent content) {
        if (recipients.isEmpty()) {
            throw new IllegalArgumentException("Mail " + content.template().id() + " for lead " + leadId
                    + " has no recipient");
        }
        MailRenderer.Rendered rendered = renderer.render(content, Locale.ENGLISH);
        OutboundMail mail = mails.save(new OutboundMail(leadId, content.template(), List.copyOf(recipients),
                rendered.subject(), rendered.text(), rendered.html(), properties.messageIdDomain(), clock.instant(),
                Instant.now()));
        events.publishEvent(new MailQueued(mail.getId()));
        return mail;
    }
}
