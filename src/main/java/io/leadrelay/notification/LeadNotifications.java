package io.leadrelay.notification;

import io.leadrelay.directory.Groups;
import io.leadrelay.directory.UserDirectory;
import io.leadrelay.lead.Lead;
import io.leadrelay.partner.Partner;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/** Who hears about what in a lead's lifecycle, and with which content. Every mail goes through the outbox. */
@Service
public class LeadNotifications {

    private static final DateTimeFormatter DUE_FORMAT = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm z");

    private final Outbox outbox;
    private final UserDirectory directory;
    private final String publicUrl;

    LeadNotifications(Outbox outbox, UserDirectory directory, @Value("${leadrelay.public-url}") String publicUrl) {
        this.outbox = outbox;
        this.directory = directory;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    /** The new lead, in full, with a link to its accept task; a recycled lead says it comes second-hand. */
    public void leadAssigned(Lead lead, Partner partner, String taskId, Instant acceptDue, boolean recycled) {
        send(lead, partnerRecipients(lead, partner), recycled ? MailTemplate.LEAD_RECYCLED : MailTemplate.LEAD_ASSIGNED,
                null, taskLink(taskId), lead.getCompany(), partner.getName(), due(acceptDue, partner), lead.fullName());
    }

    /** A note reaches the other side: a partner's note its partner manager, a vendor's note the partner's users. */
    public void noteAdded(Lead lead, Partner partner, String author, boolean byPartner, String text) {
        List<String> recipients = byPartner ? managerRecipients(partner) : partnerRecipients(lead, partner);
        send(lead, recipients, MailTemplate.NOTE_ADDED, text, leadLink(lead), lead.getCompany(), author);
    }

    public void firstReminder(Lead lead, Partner partner, String taskId, Instant acceptDue) {
        send(lead, partnerRecipients(lead, partner), MailTemplate.FIRST_REMINDER, null, taskLink(taskId),
                lead.getCompany(), partner.getName(), due(acceptDue, partner), timeLeft(acceptDue));
    }

    public void secondReminder(Lead lead, Partner partner, String taskId, Instant actDue) {
        send(lead, partnerRecipients(lead, partner), MailTemplate.SECOND_REMINDER, null, taskLink(taskId),
                lead.getCompany(), partner.getName(), due(actDue, partner), timeLeft(actDue));
    }

    /** Tells the manager what lapsed, and the partner (without the prospect's data) that the lead is gone. */
    public void slaBreached(Lead lead, Partner partner, boolean acceptStage) {
        MailTemplate toManager = acceptStage ? MailTemplate.ACCEPT_SLA_BREACHED : MailTemplate.ACT_SLA_BREACHED;
        send(lead, managerRecipients(partner), toManager, null, leadLink(lead),
                lead.getCompany(), partner.getName(), lead.getLeadType());
        send(lead, partnerRecipients(lead, partner), MailTemplate.LEAD_WITHDRAWN, null, null,
                shortReference(lead), partner.getName());
    }

    /**
     * Tells the partner that a lead it holds is withdrawn because its contact was deleted or merged in HubSpot.
     * Only the short reference and the reason: after a deletion the prospect's data must not travel again.
     */
    public void leadRemovedInCrm(Lead lead, Partner partner, String why) {
        send(lead, partnerRecipients(lead, partner), MailTemplate.LEAD_REMOVED_IN_CRM, null, null,
                shortReference(lead), partner.getName(), why);
    }

    public void nurtureCheckIn(Lead lead, Partner partner, String taskId) {
        send(lead, partnerRecipients(lead, partner), MailTemplate.NURTURE_CHECK_IN, null, taskLink(taskId),
                lead.getCompany(), partner.getName());
    }

    public void dealReviewOverdue(Lead lead, Partner partner, String taskId) {
        send(lead, directory.emailsOfGroup(Groups.DEAL_DESK), MailTemplate.DEAL_REVIEW_OVERDUE, null,
                taskLink(taskId), lead.getCompany(), partner.getName());
    }

    public void dealSentBack(Lead lead, Partner partner, String comment, String taskId) {
        send(lead, partnerRecipients(lead, partner), MailTemplate.DEAL_SENT_BACK, comment, taskLink(taskId),
                lead.getCompany(), partner.getName());
    }

    public void dealRejected(Lead lead, Partner partner, String comment) {
        send(lead, partnerRecipients(lead, partner), MailTemplate.DEAL_REJECTED, comment, null,
                lead.getCompany(), partner.getName());
    }

    public void opportunityCreated(Lead lead, Partner partner, String opportunityName, String amount) {
        List<String> everyone = new java.util.ArrayList<>(partnerRecipients(lead, partner));
        managerRecipients(partner).stream().filter(m -> !everyone.contains(m)).forEach(everyone::add);
        send(lead, everyone, MailTemplate.OPPORTUNITY_CREATED, null, leadLink(lead),
                lead.getCompany(), partner.getName(), opportunityName, amount);
    }

    public void triageNeeded(Lead lead, String reason, String taskId) {
        send(lead, directory.emailsOfGroup(Groups.PARTNER_MANAGERS), MailTemplate.TRIAGE_NEEDED, reason,
                taskLink(taskId), lead.getCompany(), lead.getRegion(), lead.getLeadType());
    }

    private void send(Lead lead, List<String> recipients, MailTemplate template, String quote, String link,
                      Object... args) {
        Map<String, String> details = template.showsLeadDetails() ? detailsOf(lead) : Map.of();
        outbox.put(lead.getId(), recipients, new MailContent(template, List.of(args), details, quote, link));
    }

    /**
     * The partner's users with an address. If none has one, the partner managers get an alert instead (the
     * partner cannot be reached, someone must fix the directory), so a partner mail is never silently lost.
     */
    private List<String> partnerRecipients(Lead lead, Partner partner) {
        List<String> users = directory.emailsOfGroup(partner.groupId());
        if (users.isEmpty()) {
            send(lead, directory.emailsOfGroup(Groups.PARTNER_MANAGERS), MailTemplate.PARTNER_UNREACHABLE, null,
                    leadLink(lead), partner.getName(), partner.groupId(), lead.getCompany());
            return managerRecipients(partner);
        }
        return users;
    }

    private List<String> managerRecipients(Partner partner) {
        return directory.emailOf(partner.getManagerUserId())
                .map(List::of)
                .orElseGet(() -> directory.emailsOfGroup(Groups.PARTNER_MANAGERS));
    }

    private String taskLink(String taskId) {
        return taskId == null ? null : publicUrl + "/camunda/app/tasklist/default/#/?task=" + taskId;
    }

    private String leadLink(Lead lead) {
        return publicUrl + "/leads/" + lead.getId(); // the lead page: timeline, notes, current task
    }

    private static String due(Instant at, Partner partner) {
        return at == null ? "" : DUE_FORMAT.format(at.atZone(ZoneId.of(partner.getTimeZone())));
    }

    private static String timeLeft(Instant due) {
        if (due == null) {
            return "";
        }
        long minutes = Math.max(0, java.time.Duration.between(Instant.now(), due).toMinutes());
        return minutes >= 120 ? (minutes / 60) + " hours" : minutes + " minutes";
    }

    private static String shortReference(Lead lead) {
        return lead.getId().substring(0, 8);
    }

    private static Map<String, String> detailsOf(Lead lead) {
        Map<String, String> details = new LinkedHashMap<>();
        details.put("Name", lead.fullName());
        details.put("Company", lead.getCompany());
        details.put("Title", lead.getJobTitle());
        details.put("E-mail", lead.getEmail());
        details.put("Phone", lead.getPhone());
        details.put("Location", String.join(", ", nonBlank(lead.getCity(), lead.getState(), lead.getCountry())));
        details.put("Industry", lead.getIndustry());
        details.put("Employees", lead.getEmployees());
        details.put("Website", lead.getWebsite());
        details.put("Lead type", lead.getLeadType());
        details.put("Product interest", lead.getProductInterest());
        details.put("Message", lead.getMessage());
        details.values().removeIf(value -> value == null || value.isBlank());
        return details;
    }

    private static List<String> nonBlank(String... values) {
        return java.util.Arrays.stream(values).filter(v -> v != null && !v.isBlank()).toList();
    }
}
