package io.leadrelay.lead;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface LeadEventRepository extends JpaRepository<LeadEvent, Long> {

    List<LeadEvent> findByLeadIdOrderByOccurredAtAscIdAsc(String leadId);
}
