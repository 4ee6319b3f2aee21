package io.leadrelay.sync;

import io.leadrelay.intake.HubSpotCrmClient;
import io.leadrelay.lead.Lead;
import io.leadrelay.partner.Partner;
import io.leadrelay.partner.PartnerRepository;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.PageRequest;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Tells HubSpot what happened to its leads: the lead's status and partner are written to two contact properties
 * (create them in HubSpot first; the private app needs {@code crm.objects.contacts.write}). It compares each lead
 * with what HubSpot was last told, so a change is sent once, after it committed, and a failed write is retried
 * with backoff. A contact HubSpot no longer knows (deleted) counts as told. Off unless
 * {@code leadrelay.hubspot.sync.enabled}.
 */
@Component
class HubSpotStatusSync {

    private static final Logger log = LoggerFactory.getLogger(HubSpotStatusSync.class);
    private static final Duration FIRST_RETRY = Duration.ofMinutes(1);
    private static final Duration MAX_RETRY = Duration.ofHours(1);

    private final HubSpotSyncStateRepository states;
    private final HubSpotCrmClient crm;
    private final PartnerRepository partners;
    private final TransactionTemplate transactions;
    private final boolean enabled;
    private final String statusProperty;
    private final String partnerProperty;

    HubSpotStatusSync(HubSpotSyncStateRepository states, HubSpotCrmClient crm, PartnerRepository partners,
                      TransactionTemplate transactions,
                      @Value("${leadrelay.hubspot.sync.enabled:false}") boolean enabled,
                      @Value("${leadrelay.hubspot.sync.status-property:leadrelay_status}") String statusProperty,
                      @Value("${leadrelay.hubspot.sync.partner-property:leadrelay_partner}") String partnerProperty) {
        this.states = states;
        this.crm = crm;
        this.partners = partners;
        this.transactions = transactions;
        this.enabled = enabled;
        this.statusProperty = statusProperty;
        this.partnerProperty = partnerProperty;
    }

    @Scheduled(fixedDelayString = "${leadrelay.hubspot.sync.interval:PT30S}")
    void syncIfEnabled() {
        if (enabled) {
            syncDue();
        }
    }

    /** @return the number of leads HubSpot was told about now */
    int syncDue() {
        List<Lead> due = states.findUnsynced(Instant.now(), PageRequest.of(0, 50));
        int told = 0;
        for (Lead lead : due) {
            told += sync(lead) ? 1 : 0;
        }
        return told;
    }

    private boolean sync(Lead lead) {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put(statusProperty, lead.getStatus().name());
        properties.put(partnerProperty, lead.getPartnerKey() == null ? ""
                : partners.findById(lead.getPartnerKey()).map(Partner::getName).orElse(lead.getPartnerKey()));
        try {
            crm.updateContact(lead.getHubspotContactId(), properties);
            record(lead, null);
            return true;
        } catch (RuntimeException e) {
            log.warn("Status of lead {} not written to HubSpot: {}", lead.getId(), e.getMessage());
            record(lead, e.getMessage() == null ? e.toString() : e.getMessage());
            return false;
        }
    }

    private void record(Lead lead, String error) {
        transactions.executeWithoutResult(tx -> {
            Instant now = Instant.now();
            HubSpotSyncState state = states.findById(lead.getId()).orElseGet(() -> new HubSpotSyncState(lead.getId(), now));
            if (error == null) {
                state.synced(lead.getStatus().name(), lead.getPartnerKey(), now);
            } else {
                Duration wait = FIRST_RETRY.multipliedBy(1L << Math.min(state.getAttempts(), 6));
                state.failed(error.length() > 1900 ? error.substring(0, 1900) : error,
                        now.plus(wait.compareTo(MAX_RETRY) > 0 ? MAX_RETRY : wait));
            }
            states.save(state);
        });
    }
}
