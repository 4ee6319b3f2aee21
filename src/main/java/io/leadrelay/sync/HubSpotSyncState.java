package io.leadrelay.sync;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** What HubSpot was last told about a lead, and whether telling it failed. */
@Entity
@Table(name = "hubspot_sync")
class HubSpotSyncState {

    @Id
    private String leadId;
    private String syncedStatus;
    private String syncedPartner;
    private Instant syncedAt;
    private int attempts;
    private Instant nextAttemptAt;
    private String lastError;

    protected HubSpotSyncState() {
    }

    HubSpotSyncState(String leadId, Instant now) {
        this.leadId = leadId;
        this.nextAttemptAt = now;
    }

    void synced(String status, String partnerKey, Instant at) {
        this.syncedStatus = status;
        this.syncedPartner = partnerKey;
        this.syncedAt = at;
        this.attempts = 0;
        this.lastError = null;
        this.nextAttemptAt = at;
    }

    void failed(String error, Instant retryAt) {
        this.attempts++;
        this.lastError = error;
        this.nextAttemptAt = retryAt;
    }

    String getLeadId() { return leadId; }
    String getSyncedStatus() { return syncedStatus; }
    int getAttempts() { return attempts; }
    String getLastError() { return lastError; }
}
