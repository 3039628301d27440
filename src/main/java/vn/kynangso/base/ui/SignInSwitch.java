package vn.kynangso.base.ui;

import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/**
 * Switches who is signed in on this browser session, for a helped learning session and back: the
 * new sign-in holds for this request and, kept in the HTTP session, for the next ones.
 */
public final class SignInSwitch {

    private static final HttpSessionSecurityContextRepository REPOSITORY = new HttpSessionSecurityContextRepository();

    private SignInSwitch() {}

    public static void to(Authentication authentication) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        VaadinServletRequest request = VaadinServletRequest.getCurrent();
        VaadinServletResponse response = VaadinServletResponse.getCurrent();
        if (request != null) {
            REPOSITORY.saveContext(
                    context,
                    request.getHttpServletRequest(),
                    response == null ? null : response.getHttpServletResponse());
        }
    }
}
