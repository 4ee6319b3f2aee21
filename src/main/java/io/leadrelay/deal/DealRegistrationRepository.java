package io.leadrelay.deal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DealRegistrationRepository extends JpaRepository<DealRegistration, Long> {

    Optional<DealRegistration> findFirstByLeadIdOrderByVersionNoDesc(String leadId);

    List<DealRegistration> findByLeadIdOrderByVersionNo(String leadId);
}
