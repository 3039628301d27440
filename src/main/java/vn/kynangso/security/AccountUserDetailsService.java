package vn.kynangso.security;

import java.util.Optional;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Finds an account by what was typed at sign-in: a username or a phone number in any usual form. */
@Service
class AccountUserDetailsService implements UserDetailsService {

    private final AccountRepository accounts;

    AccountUserDetailsService(AccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String login) {
        Account account = find(login).orElseThrow(() -> new UsernameNotFoundException("No such account"));
        return toUser(account);
    }

    /** The principal for an account as it is now (roles, areas, session epoch). */
    SignedInUser toUser(Account account) {
        return new SignedInUser(
                account.getId(),
                account.getLogin(),
                account.getPasswordHash(),
                account.isEnabled(),
                account.getRoles().stream()
                        .map(role -> new SimpleGrantedAuthority("ROLE_" + role))
                        .toList(),
                account.getDisplayName(),
                account.getAreaPlaceIds(),
                account.getPersonId(),
                account.getSessionEpoch());
    }

    Optional<Account> find(String login) {
        String typed = login.strip();
        Optional<String> phone = PhoneNumbers.normalize(typed);
        if (phone.isPresent()) {
            Optional<Account> byPhone = accounts.findByPhone(phone.get());
            if (byPhone.isPresent()) {
                return byPhone;
            }
        }
        return accounts.findByUsername(typed);
    }
}
