package vn.kynangso.security;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface AccountRepository extends JpaRepository<Account, Long> {

    Optional<Account> findByUsername(String username);

    Optional<Account> findByPhone(String phone);

    boolean existsByUsername(String username);

    Optional<Account> findByPersonId(Long personId);

    boolean existsByPhone(String phone);
}
