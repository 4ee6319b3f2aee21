package io.leadrelay.intake;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface WebhookDeliveryRepository extends JpaRepository<WebhookDelivery, Long> {

    List<WebhookDelivery> findTop200ByOrderByReceivedAtDescIdDesc();

    /** An earlier delivery with the same bytes that was accepted: a redelivery of the same workflow call. */
    Optional<WebhookDelivery> findFirstByEndpointAndBodySha256AndIdNotAndLeadIdIsNotNullOrderById(
            String endpoint, String bodySha256, Long id);

    @Modifying
    @Query("update WebhookDelivery d set d.body = :note, d.rawBody = null where d.leadId = :leadId")
    int redactForLead(String leadId, String note);

    @Modifying
    @Query("update WebhookDelivery d set d.body = :note, d.rawBody = null where d.id in :ids")
    int redact(Collection<Long> ids, String note);
}
