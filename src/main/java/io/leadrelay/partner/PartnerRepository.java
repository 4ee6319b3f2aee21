package io.leadrelay.partner;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface PartnerRepository extends JpaRepository<Partner, String> {

    @Query("select distinct p from Partner p join p.regions r join p.leadTypes t "
            + "where p.active = true and r = :region and t = :leadType")
    List<Partner> findActiveServing(String region, String leadType);

    /** Locks the partner row so that two concurrent assignments cannot both take its last free slot. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from Partner p where p.key = :key")
    Optional<Partner> findForUpdate(String key);

    List<Partner> findAllByOrderByKey();
}
