package io.leadrelay.partner;

import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface PartnerRepository extends JpaRepository<Partner, String> {

    @Query("select distinct p.key from Partner p join p.regions r join p.leadTypes t "
            + "where p.active = true and r = :region and t = :leadType")
    List<String> findActiveServingKeys(String region, String leadType);

    /**
     * Loads and locks partner rows, always in key order (so two assignments never deadlock): concurrent
     * assignments of the same region wait for each other, which keeps rotation fair and capacity exact.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from Partner p where p.key in :keys order by p.key")
    List<Partner> lockAll(Collection<String> keys);

    List<Partner> findAllByOrderByKey();
}
