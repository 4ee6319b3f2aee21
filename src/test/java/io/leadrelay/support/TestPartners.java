package io.leadrelay.support;

import io.leadrelay.lead.Lead;
import io.leadrelay.lead.LeadDetails;
import io.leadrelay.lead.LeadJournal;
import io.leadrelay.lead.process.LeadLifecycle;
import io.leadrelay.partner.Partner;
import io.leadrelay.partner.PartnerRepository;
import io.leadrelay.partner.PartnerTier;
import io.leadrelay.partner.process.PartnerWorkspaces;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Builds an isolated world per test: partners in a region of their own (so rotation state of other tests
 * cannot interfere), each with one user who has an e-mail address, a partner manager, and leads in that region.
 */
@Component
public class TestPartners {

    private final PartnerRepository partners;
    private final PartnerWorkspaces workspaces;
    private final IdentityService identity;
    private final LeadJournal journal;
    private final LeadLifecycle lifecycle;
    private final TransactionTemplate transactions;

    TestPartners(PartnerRepository partners, PartnerWorkspaces workspaces, IdentityService identity,
                 LeadJournal journal, LeadLifecycle lifecycle, TransactionTemplate transactions) {
        this.partners = partners;
        this.workspaces = workspaces;
        this.identity = identity;
        this.journal = journal;
        this.lifecycle = lifecycle;
        this.transactions = transactions;
    }

    public record World(String region, String managerId, List<Partner> partners) {
        public String deskUser() {
            return "desk" + managerId.substring(3);
        }

        public String userOf(String partnerKey) {
            return partnerKey + "user";
        }

        public List<String> partnerKeys() {
            return partners.stream().map(Partner::getKey).toList();
        }
    }

    /** {@code count} active partners serving every lead type in a fresh region, best tier first. */
    public World world(int count) {
        return world(count, null);
    }

    /** As {@link #world(int)}, in a given region (for leads that come in through intake). */
    public World world(int count, String givenRegion) {
        return world(count, givenRegion, 5);
    }

    /** As {@link #world(int)}, with a given region and capacity per partner. */
    public World world(int count, String givenRegion, int capacity) {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String region = givenRegion == null ? "region" + suffix : givenRegion;
        String manager = "mgr" + suffix;
        ensureUser(manager, manager + "@vendor.example.com", "partner-managers");
        ensureUser("desk" + suffix, "desk" + suffix + "@vendor.example.com", "deal-desk");
        List<Partner> created = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String key = "p" + i + suffix;
            PartnerTier tier = PartnerTier.values()[i % PartnerTier.values().length];
            Partner partner = partners.save(new Partner(key, "Partner " + i + " " + suffix, tier, capacity, "Europe/Berlin",
                    manager, Set.of(region), Set.of("demo-request", "contact-sales", "trial-signup", "event",
                    "content-download", "partner-referral")));
            created.add(partner);
        }
        workspaces.prepareAll();
        created.forEach(partner -> ensureUser(partner.getKey() + "user", partner.getKey() + "@partners.example.com",
                partner.groupId()));
        return new World(region, manager, created);
    }

    /** Creates a lead in the world's region and starts its lifecycle, as intake does. */
    public Lead newLead(World world, String leadType) {
        return transactions.execute(tx -> {
            String contactId = String.valueOf(Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000_000L));
            Lead lead = journal.receive(new LeadDetails(contactId, "Ada", "Lovelace", "ada@prospect.example.com",
                    "+44 20 7946 0000", "Analytical Engines Ltd", "CTO", "https://prospect.example.com", "Computing",
                    "50-100", "Testland", null, "Testville", leadType, "Engines", "Please call me."),
                    world.region(), "test");
            lifecycle.start(lead);
            return lead;
        });
    }

    /** A Camunda admin (password = id), created once: the webapps open their first-run setup page while none exists. */
    public void ensureAdmin(String id) {
        if (identity.createUserQuery().userId(id).count() == 0) {
            ensureUser(id, id + "@vendor.example.com", "camunda-admin");
        }
    }

    private void ensureUser(String id, String email, String group) {
        if (identity.createUserQuery().userId(id).count() == 0) {
            User user = identity.newUser(id);
            user.setEmail(email);
            user.setFirstName(id);
            user.setLastName("Tester");
            user.setPassword(id);
            identity.saveUser(user);
        }
        if (identity.createGroupQuery().groupId(group).count() == 0) {
            var created = identity.newGroup(group);
            created.setName(group);
            identity.saveGroup(created);
        }
        identity.createMembership(id, group);
    }
}
