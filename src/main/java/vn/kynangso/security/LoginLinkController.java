package vn.kynangso.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Opening a login card's QR code: signs the resident in once, then the link is spent. */
@Controller
class LoginLinkController {

    private static final Logger log = LoggerFactory.getLogger(LoginLinkController.class);

    private final LoginLinks links;
    private final AccountRepository accounts;
    private final AccountUserDetailsService users;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    LoginLinkController(LoginLinks links, AccountRepository accounts, AccountUserDetailsService users) {
        this.links = links;
        this.accounts = accounts;
        this.users = users;
    }

    @GetMapping("/signin/{token}")
    void signIn(@PathVariable String token, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        Optional<Account> account =
                links.redeem(token).flatMap(accounts::findById).filter(Account::isEnabled);
        if (account.isEmpty()) {
            response.sendRedirect(request.getContextPath() + "/login?link");
            return;
        }
        UserDetails user = users.loadUserByUsername(account.get().getLogin());
        request.getSession(true);
        request.changeSessionId(); // a fresh session id on every sign-in
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        log.info("Account {} signed in with a login link", account.get().getId());
        response.sendRedirect(request.getContextPath() + "/home");
    }
}
