package vn.kynangso.security;

import static org.springframework.security.config.Customizer.withDefaults;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;

/**
 * Who may open what. Screens name their roles with {@code @RolesAllowed}/{@code @PermitAll}, which
 * Vaadin's navigation access control reads before a screen is shown; services guard their methods
 * with {@code @PreAuthorize}. JSR-250 method security is off: it only made every screen a proxy
 * whose advisors were matched again for each new screen (a fifth of the server's CPU at a mass
 * hand-in, docs/benchmarks/load.md); {@code base.ui.FreshScreens} keeps what the proxy did by
 * accident, a screen opened again is shown anew.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfig {

    /** The sign-in page (a Flow view in base.ui); the form posts back to the same path. */
    static final String LOGIN_PATH = "/login";

    /**
     * The whole app's Content-Security-Policy. Vaadin's bootstrap uses inline scripts and its client
     * evaluates JavaScript sent by the server, hence 'unsafe-inline' and 'unsafe-eval' for scripts;
     * everything else comes from this origin only, images also as data: (QR codes), and no page may
     * frame the app. Lesson pictures are served with a stricter policy of their own, and so is the
     * public certificate check ({@link PagePolicies}).
     */
    static final String CONTENT_SECURITY_POLICY = String.join(
            "; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "media-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    @Bean
    SecurityFilterChain securityFilterChain(
            HttpSecurity http,
            LoginThrottle throttle,
            SignInGate gate,
            SessionEpochs epochs,
            ClassSeatIdle classSeatIdle,
            @Value("${server.port:8080}") int serverPort,
            @Value("${management.server.port:${server.port:8080}}") int managementPort)
            throws Exception {
        http.authorizeHttpRequests(auth -> auth.requestMatchers(
                        "/actuator/health",
                        "/actuator/health/**",
                        "/actuator/info",
                        "/styles/**",
                        "/images/**",
                        "/content-images/**",
                        "/signin/**",
                        // the light certificate check a QR code opens (certificates.ui.VerifyPageController)
                        "/verify",
                        "/verify/",
                        "/verify/*")
                .permitAll());
        // Metrics are for the operator, on the management port only (KNS_MANAGEMENT_PORT; kept off
        // the internet, e.g. MANAGEMENT_SERVER_ADDRESS=127.0.0.1). The client's address proves
        // nothing: behind a proxy on the same host every visitor comes from 127.0.0.1.
        http.authorizeHttpRequests(auth -> auth.requestMatchers("/actuator/**")
                .access((authentication, context) ->
                        new AuthorizationDecision(isOperator(context.getRequest(), serverPort, managementPort))));
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LOGIN_PATH, "/"));
        http.addFilterBefore(new LoginThrottleFilter(throttle, gate), UsernamePasswordAuthenticationFilter.class);
        http.addFilterAfter(new SessionEpochFilter(epochs), SecurityContextHolderFilter.class);
        // a child on a class-mode computer is signed out after their class's idle minutes (DD007)
        http.addFilterAfter(new ClassSeatIdleFilter(classSeatIdle), SessionEpochFilter.class);
        // written before the request is handled: Vaadin's bootstrap page would otherwise go out without them
        http.headers(headers -> headers.addObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
            @Override
            public <O extends HeaderWriterFilter> O postProcess(O filter) {
                filter.setShouldWriteHeadersEagerly(true);
                return filter;
            }
        }));
        http.headers(headers -> headers.referrerPolicy(withDefaults())
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                // frame-ancestors above for today's browsers, X-Frame-Options for old phones' webviews
                .frameOptions(frame -> frame.disable())
                .addHeaderWriter(new StaticHeadersWriter("X-Frame-Options", "DENY"))
                .contentTypeOptions(withDefaults())
                // sent on HTTPS only (behind a TLS proxy: with the forwarded protocol trusted)
                .httpStrictTransportSecurity(
                        hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000)));
        return http.build();
    }

    private static boolean isOperator(HttpServletRequest request, int serverPort, int managementPort) {
        return managementPort != serverPort && request.getLocalPort() == managementPort;
    }

    /** bcrypt by default, with the algorithm named in each hash so it can be upgraded later. */
    /**
     * No Micrometer observation around each security filter, authentication and authorization:
     * nobody reads them (request metrics stay), and under load wrapping every filter of every
     * request cost about 6 % of the app's CPU (docs/benchmarks/load.md).
     */
    @Bean
    SecurityObservationSettings securityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
