package io.leadrelay.demo.process;

import io.leadrelay.directory.Groups;
import io.leadrelay.partner.Partner;
import io.leadrelay.partner.PartnerRepository;
import io.leadrelay.partner.PartnerTier;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo profile's world: ten partners in six regions, one user per partner, two partner managers and a
 * deal desk. Every password equals the user id (the Camunda demo convention). Idempotent, and only ever
 * active in the {@code demo} profile. Prints where to go and how to log in.
 */
@Component
@Profile("demo")
class DemoDataSeeder {

    private static final Logger log = LoggerFactory.getLogger(DemoDataSeeder.class);

    private static final Set<String> ALL_TYPES = Set.of("demo-request", "contact-sales", "trial-signup", "event",
            "content-download", "partner-referral");
    private static final Set<String> SALES_TYPES = Set.of("demo-request", "contact-sales", "trial-signup",
            "partner-referral");

    record DemoPartner(String key, String name, PartnerTier tier, int capacity, String zone, String manager,
                       Set<String> regions, Set<String> types, String userId, String first, String last) {
    }

    record DemoUser(String id, String first, String last, String group) {
    }

    static final List<DemoPartner> PARTNERS = List.of(
            new DemoPartner("alpine", "Alpine Systems GmbH", PartnerTier.PLATINUM, 40, "Europe/Berlin", "mara",
                    Set.of("dach"), ALL_TYPES, "lena", "Lena", "Huber"),
            new DemoPartner("bergwerk", "Bergwerk IT AG", PartnerTier.SILVER, 15, "Europe/Zurich", "mara",
                    Set.of("dach"), SALES_TYPES, "jonas", "Jonas", "Meier"),
            new DemoPartner("fjord", "Fjord Digital AB", PartnerTier.GOLD, 25, "Europe/Stockholm", "mara",
                    Set.of("nordics"), ALL_TYPES, "astrid", "Astrid", "Lindqvist"),
            new DemoPartner("thames", "Thames Solutions Ltd", PartnerTier.GOLD, 25, "Europe/London", "mara",
                    Set.of("uk-ireland"), ALL_TYPES, "oliver", "Oliver", "Bennett"),
            new DemoPartner("shamrock", "Shamrock Cloud Ltd", PartnerTier.REGISTERED, 10, "Europe/Dublin", "mara",
                    Set.of("uk-ireland"), SALES_TYPES, "aoife", "Aoife", "Byrne"),
            new DemoPartner("hudson", "Hudson Tech Partners", PartnerTier.PLATINUM, 40, "America/New_York", "paul",
                    Set.of("us-east"), ALL_TYPES, "maya", "Maya", "Johnson"),
            new DemoPartner("liberty", "Liberty Systems Inc.", PartnerTier.SILVER, 15, "America/Chicago", "paul",
                    Set.of("us-east"), SALES_TYPES, "sam", "Sam", "Carter"),
            new DemoPartner("pacific", "Pacific Cloud Works", PartnerTier.GOLD, 25, "America/Los_Angeles", "paul",
                    Set.of("us-west"), ALL_TYPES, "diego", "Diego", "Ramirez"),
            new DemoPartner("lonestar", "Lone Star Integrators", PartnerTier.SILVER, 15, "America/Chicago", "paul",
                    Set.of("us-west"), SALES_TYPES, "chloe", "Chloe", "Nguyen"),
            new DemoPartner("harbour", "Harbour Bridge Tech Pty", PartnerTier.GOLD, 25, "Australia/Sydney", "paul",
                    Set.of("apac"), ALL_TYPES, "kenji", "Kenji", "Watanabe"));

    static final List<DemoUser> VENDOR_USERS = List.of(
            new DemoUser("mara", "Mara", "Schulz", Groups.PARTNER_MANAGERS),
            new DemoUser("paul", "Paul", "Okafor", Groups.PARTNER_MANAGERS),
            new DemoUser("dealdesk", "Dana", "Desk", Groups.DEAL_DESK),
            new DemoUser("alex", "Alex", "Analyst", Groups.ANALYSTS));

    private final PartnerRepository partners;
    private final IdentityService identity;
    private final String publicUrl;

    DemoDataSeeder(PartnerRepository partners, IdentityService identity, @Value("${leadrelay.public-url}") String publicUrl) {
        this.partners = partners;
        this.identity = identity;
        this.publicUrl = publicUrl;
    }

    /** Partners first: their Tasklist workspaces (groups, filters) are prepared next, at order 20. */
    @EventListener(ApplicationReadyEvent.class)
    @Order(10)
    @Transactional
    public void seedPartners() {
        for (DemoPartner demo : PARTNERS) {
            if (!partners.existsById(demo.key())) {
                partners.save(new Partner(demo.key(), demo.name(), demo.tier(), demo.capacity(), demo.zone(),
                        demo.manager(), demo.regions(), demo.types()));
            }
        }
    }

    /** Users last, as members of the groups the workspaces created. */
    @EventListener(ApplicationReadyEvent.class)
    @Order(30)
    public void seedUsers() {
        for (DemoUser user : VENDOR_USERS) {
            ensureUser(user.id(), user.first(), user.last(), user.id() + "@leadrelay.example.com", user.group());
        }
        for (DemoPartner demo : PARTNERS) {
            ensureUser(demo.userId(), demo.first(), demo.last(), demo.userId() + "@" + demo.key() + ".example.com",
                    Partner.groupId(demo.key()));
        }
        printWelcome();
    }

    private void ensureUser(String id, String first, String last, String email, String group) {
        if (identity.createUserQuery().userId(id).count() == 0) {
            User user = identity.newUser(id);
            user.setFirstName(first);
            user.setLastName(last);
            user.setEmail(email);
            user.setPassword(id);
            identity.saveUser(user);
        }
        if (identity.createUserQuery().userId(id).memberOfGroup(group).count() == 0) {
            identity.createMembership(id, group);
        }
    }

    private void printWelcome() {
        StringBuilder text = new StringBuilder("\n\n  LeadRelay is running (demo profile: every password equals the user id)\n\n");
        text.append("  Home page ........ ").append(publicUrl).append("/\n");
        text.append("  Tasklist ......... ").append(publicUrl).append("/camunda/app/tasklist/\n");
        text.append("  Cockpit / Admin .. ").append(publicUrl).append("/camunda/app/cockpit/   (login demo / demo)\n");
        text.append("  Mails sent ....... ").append(publicUrl).append("/mails   (demo, mara or paul)\n");
        text.append("  Lead API ......... ").append(publicUrl).append("/api/leads   (HTTP Basic)\n");
        text.append("  HubSpot webhook .. POST ").append(publicUrl).append("/api/hubspot/workflow   (scripts/send-sample-lead.sh)\n\n");
        text.append("  Vendor logins: demo (admin), mara and paul (partner managers), dealdesk (deal desk), alex (analyst)\n");
        text.append("  Partner logins:\n");
        for (DemoPartner demo : PARTNERS) {
            text.append(String.format("    %-7s %-26s %-11s %s%n", demo.userId(), demo.name(), demo.tier().id(),
                    demo.regions()));
        }
        log.info(text.toString());
    }
}
