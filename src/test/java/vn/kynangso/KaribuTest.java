package vn.kynangso;

import com.github.mvysny.fakeservlet.FakeHttpSession;
import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.Route;
import java.lang.annotation.Annotation;
import java.security.Principal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.context.annotation.Import;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

/**
 * Base for UI and service tests: the whole app on a real (embedded) MariaDB with the demo data,
 * and a mocked Vaadin UI driven through Karibu. Production access annotations stay in force: sign
 * in with {@link #login(String)} as one of the demo accounts. Time is the {@link TestClock}: a
 * fixed day, the same whatever day the suite runs on. After-commit listeners have finished when the
 * transaction that published their event returns ({@link AwaitedAsync}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import({TestClock.Config.class, AwaitedAsync.class})
public abstract class KaribuTest {

    /** Every demo account's password (see README). */
    protected static final String DEMO_PASSWORD = "demo1234";

    private static Routes routes;

    @Autowired
    protected ApplicationContext context;

    @Autowired
    private UserDetailsService userDetailsService;

    /** The app's clock: a day chosen on purpose (see {@link TestClock}); {@code set} it to test another. */
    @Autowired
    protected TestClock clock;

    @BeforeAll
    static void discoverRoutes() {
        if (routes == null) {
            // Karibu's own discovery sees only public classes; our views are package-private.
            Set<Class<? extends Component>> views = new HashSet<>();
            for (Class<? extends Annotation> annotation : List.of(Route.class, Layout.class)) {
                for (Class<?> type : RouteAccessTest.classesAnnotatedWith(annotation)) {
                    views.add(type.asSubclass(Component.class));
                }
            }
            Set<Class<? extends HasErrorParameter<?>>> errorViews = new HashSet<>();
            var scanner = new ClassPathScanningCandidateComponentProvider(false);
            scanner.addIncludeFilter(new AssignableTypeFilter(HasErrorParameter.class));
            scanner.findCandidateComponents("vn.kynangso").forEach(candidate -> {
                try {
                    @SuppressWarnings("unchecked")
                    var type = (Class<? extends HasErrorParameter<?>>) Class.forName(candidate.getBeanClassName());
                    errorViews.add(type);
                } catch (ClassNotFoundException e) {
                    throw new IllegalStateException(e);
                }
            });
            routes = new Routes(views, errorViews, true);
        }
    }

    @BeforeEach
    protected void setUpVaadin() {
        SecurityContextHolder.clearContext();
        MockVaadin.setMockRequestFactory(SignedInRequest::new);
        MockVaadin.setup(UI::new, new MockSpringServlet(routes, context, UI::new));
    }

    /**
     * Throws away the browser session (as closing the phone's browser or losing the connection for
     * good would) and starts a new one, signed out.
     */
    protected void newSession() {
        tearDownVaadin();
        setUpVaadin();
    }

    @AfterEach
    protected void tearDownVaadin() {
        MockVaadin.tearDown();
        SecurityContextHolder.clearContext();
        clock.reset();
    }

    /**
     * Signs in as the account with this username or phone number, as the login form would; the next
     * navigation builds the shell for that person.
     */
    protected void login(String login) {
        UserDetails user = userDetailsService.loadUserByUsername(login);
        signedIn(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    /**
     * Goes on with a sign-in the app made (a PIN on a class-mode computer), as the browser's next
     * request would.
     */
    protected void signedIn(Authentication auth) {
        SecurityContextHolder.getContext().setAuthentication(auth);
    }

    /**
     * The request as Spring Security's request wrapper presents it: who is signed in, and their
     * roles, are read from the security context when asked, so a sign-in switched within a request
     * (a one-time link, a helped learning session) counts at once, as it does in production.
     */
    private static final class SignedInRequest extends FakeRequest {

        private static final AuthenticationTrustResolver TRUST = new AuthenticationTrustResolverImpl();

        SignedInRequest(FakeHttpSession session) {
            super(session);
        }

        @Override
        public @Nullable Principal getUserPrincipal() {
            Authentication current = SecurityContextHolder.getContext().getAuthentication();
            return current == null || TRUST.isAnonymous(current) ? null : current;
        }

        @Override
        public boolean isUserInRole(String role) {
            Authentication current = SecurityContextHolder.getContext().getAuthentication();
            return current != null
                    && !TRUST.isAnonymous(current)
                    && current.getAuthorities().stream()
                            .anyMatch(a -> a.getAuthority().equals("ROLE_" + role));
        }
    }
}
