package vn.kynangso.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;

/** A session Vaadin closed for being idle is signed out at the next page load, not before. */
class SessionEpochFilterTest {

    private final SessionEpochFilter filter = new SessionEpochFilter(new SessionEpochs(null));

    private MockHttpSession idleClosed() {
        MockHttpSession session = new MockHttpSession();
        session.setAttribute(SessionEpochFilter.IDLE_CLOSED, Boolean.TRUE);
        return session;
    }

    @Test
    void the_next_page_load_after_an_idle_close_is_signed_out() throws Exception {
        MockHttpSession session = idleClosed();
        MockHttpServletRequest page = new MockHttpServletRequest("GET", "/learn");
        page.setSession(session);
        filter.doFilter(page, new MockHttpServletResponse(), new MockFilterChain());
        assertThat(session.isInvalid()).isTrue();
    }

    @Test
    void the_idle_screens_own_requests_are_answered_first_so_it_can_go_to_the_sign_in_page() throws Exception {
        MockHttpSession session = idleClosed();
        MockHttpServletRequest heartbeat = new MockHttpServletRequest("POST", "/");
        heartbeat.setParameter("v-r", "heartbeat");
        heartbeat.setSession(session);
        filter.doFilter(heartbeat, new MockHttpServletResponse(), new MockFilterChain());
        assertThat(session.isInvalid()).isFalse();
    }
}
