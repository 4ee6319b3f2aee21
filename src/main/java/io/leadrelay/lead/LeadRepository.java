package io.leadrelay.lead;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

public interface LeadRepository extends JpaRepository<Lead, String>, JpaSpecificationExecutor<Lead> {

    Optional<Lead> findByOpenContactId(String hubspotContactId);

    List<Lead> findByHubspotContactId(String hubspotContactId);

    @Query("select l.partnerKey as partnerKey, count(l) as openLeads from Lead l "
            + "where l.partnerKey in :partnerKeys and l.status in :statuses group by l.partnerKey")
    List<OpenLeadCount> countOpenByPartner(Collection<String> partnerKeys, Collection<LeadStatus> statuses);

    interface OpenLeadCount {
        String getPartnerKey();

        long getOpenLeads();
    }
}
