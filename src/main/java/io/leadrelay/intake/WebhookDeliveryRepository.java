package io.leadrelay.intake;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface WebhookDeliveryRepository extends JpaRepository<WebhookDelivery, Long> {

    List<WebhookDelivery> findTop200ByOrderByReceivedAtDescIdDesc();
}
