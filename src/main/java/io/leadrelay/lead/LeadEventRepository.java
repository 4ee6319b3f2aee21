package io.leadrelay.lead;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface LeadEventRepository extends JpaRepository<LeadEvent, Long> {

    List<LeadEvent> findByLeadIdOrderByOccurredAtAscIdAsc(String leadId);

    boolean existsByLeadIdAndType(String leadId, LeadEventType type);

    /** Moves a lead's timeline to another lead: each event still counts once on the dashboards. */
    @Modifying
    @Query("update LeadEvent e set e.leadId = :toLeadId where e.leadId = :fromLeadId")
    int moveTimeline(String fromLeadId, String toLeadId);
}
