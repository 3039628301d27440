package vn.kynangso.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.kynangso.TestClock;

/**
 * The server signs a class-mode child out once idle for the class's minutes, on the app's clock,
 * whatever the request (the screen's poll too); page loads count as activity, polls do not.
 */
class ClassSeatIdleFilterTest {

    private final TestClock clock = TestClock.startingAt("2026-10-05T09:30+07:00", ZoneId.of("Asia/Ho_Chi_Minh"));
    private final ClassSeatIdle idle = new ClassSeatIdle(clock);
    private final ClassSeatIdleFilter filter = new ClassSeatIdleFilter(idle);
    private final ClassSeat seat = new ClassSeat(1, 2, Duration.ofMinutes(5));
    private MockHttpSession session;

    @BeforeEach
    void aChildSignedInOnAClassModeComputer() {
        SignedInUser child = new SignedInUser(
                7, "hocsinh", "", true, List.of(new SimpleGrantedAuthority("ROLE_STUDENT")), "An", Set.of(), 8L, 0);
        SecurityContextHolder.getContext().setAuthentication(new ClassSeatAuthentication(child, seat));
        session = new MockHttpSession();
        idle.started(session, seat);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private MockHttpServletResponse poll() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/");
        request.setParameter("v-r", "uidl");
        request.setSession(session);
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, new MockFilterChain());
        return response;
    }

    private MockHttpServletResponse page() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/learn");
        request.setSession(session);
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, new MockFilterChain());
        return response;
    }

    @Test
    void the_session_lasts_the_idle_minutes_of_the_class_and_ends_at_the_first_request_after() throws Exception {
        assertThat(session.getMaxInactiveInterval()).isEqualTo(6 * 60);
        clock.advance(Duration.ofMinutes(4));
        poll();
        clock.advance(Duration.ofSeconds(59));
        poll(); // polls are not activity: still 4:59 since the last page
        assertThat(session.isInvalid()).isFalse();
        assertThat(SecurityContextHolder.getContext().getAuthentication()).isNotNull();

        clock.advance(Duration.ofSeconds(1));
        poll();
        assertThat(session.isInvalid()).isTrue();
        assertThat(SecurityContextHolder.getContext().getAuthentication()).isNull();
    }

    @Test
    void a_page_load_counts_as_activity_and_one_after_the_limit_goes_back_to_the_tiles() throws Exception {
        clock.advance(Duration.ofMinutes(4));
        page();
        clock.advance(Duration.ofMinutes(4));
        poll();
        assertThat(session.isInvalid()).isFalse();

        clock.advance(Duration.ofMinutes(1));
        MockHttpServletResponse response = page();
        assertThat(session.isInvalid()).isTrue();
        assertThat(response.getRedirectedUrl()).isEqualTo("/class-mode");
    }

    @Test
    void other_sign_ins_are_left_alone() throws Exception {
        SecurityContextHolder.clearContext();
        clock.advance(Duration.ofHours(1));
        poll();
        assertThat(session.isInvalid()).isFalse();
    }
}
