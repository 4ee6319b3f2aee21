package io.leadrelay.lead;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AssignmentRepository extends JpaRepository<Assignment, Long> {

    List<Assignment> findByLeadIdOrderByAttempt(String leadId);

    List<Assignment> findByLeadIdAndPartnerKey(String leadId, String partnerKey);

    Optional<Assignment> findFirstByLeadIdAndEndedAtIsNullOrderByAttemptDesc(String leadId);
}
