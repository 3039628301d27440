package vn.kynangso.base.ui;

import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/**
 * Switches who is signed in on this browser session (a helped learning session and back, a
 * one-time link, a new password): the new sign-in holds for this request and, kept in the HTTP
 * session, for the next ones. Each switch gives the session a new id, so an id seen before the
 * switch (on a shared phone, in a log) opens nothing after it.
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
            request.getHttpServletRequest().getSession(true);
            request.getHttpServletRequest().changeSessionId();
            REPOSITORY.saveContext(
                    context,
                    request.getHttpServletRequest(),
                    response == null ? null : response.getHttpServletResponse());
        }
    }
}
