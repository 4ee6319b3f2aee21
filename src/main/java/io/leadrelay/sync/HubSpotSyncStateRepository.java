package io.leadrelay.sync;

import io.leadrelay.lead.Lead;
import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface HubSpotSyncStateRepository extends JpaRepository<HubSpotSyncState, String> {

    /** Leads whose status or partner HubSpot does not know yet, and whose last failed try is far enough back. */
    @Query("select l from Lead l where not exists (select s.leadId from HubSpotSyncState s where s.leadId = l.id "
            + "and (s.nextAttemptAt > :now or (s.syncedStatus = cast(l.status as string) "
            + "and coalesce(s.syncedPartner, '') = coalesce(l.partnerKey, '')))) order by l.updatedAt")
    List<Lead> findUnsynced(Instant now, Pageable page);
}
