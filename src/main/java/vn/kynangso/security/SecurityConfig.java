package vn.kynangso.security;

import static org.springframework.security.config.Customizer.withDefaults;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;

@Configuration
@EnableWebSecurity
@EnableMethodSecurity(jsr250Enabled = true)
class SecurityConfig {

    /** The sign-in page (a Flow view in base.ui); the form posts back to the same path. */
    static final String LOGIN_PATH = "/login";

    @Bean
    SecurityFilterChain securityFilterChain(
            HttpSecurity http,
            LoginThrottle throttle,
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
                        "/signin/**")
                .permitAll());
        // Metrics are for the operator: served on the internal management port when one is set
        // (KNS_MANAGEMENT_PORT, as docker-compose does), otherwise only to this machine.
        http.authorizeHttpRequests(auth -> auth.requestMatchers("/actuator/**")
                .access((authentication, context) ->
                        new AuthorizationDecision(isOperator(context.getRequest(), serverPort, managementPort))));
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LOGIN_PATH, "/"));
        http.addFilterBefore(new LoginThrottleFilter(throttle), UsernamePasswordAuthenticationFilter.class);
        http.headers(headers -> headers.referrerPolicy(withDefaults()));
        return http.build();
    }

    private static boolean isOperator(HttpServletRequest request, int serverPort, int managementPort) {
        if (managementPort != serverPort && request.getLocalPort() == managementPort) {
            return true;
        }
        String address = request.getRemoteAddr();
        return address.startsWith("127.") || address.equals("0:0:0:0:0:0:0:1") || address.equals("::1");
    }

    /** bcrypt by default, with the algorithm named in each hash so it can be upgraded later. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
