package vn.kynangso.base;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** What a phone keyboard sends decomposed reaches the app composed. */
class TextNormalizingFilterTest {

    static final String COMPOSED = "Nguyễn Thị Huyền";
    static final String DECOMPOSED = Normalizer.normalize(COMPOSED, Normalizer.Form.NFD);

    private HttpServletRequest through(MockHttpServletRequest request) throws Exception {
        AtomicReference<HttpServletRequest> seen = new AtomicReference<>();
        new TextNormalizingFilter()
                .doFilter(request, new MockHttpServletResponse(), (req, res) -> seen.set((HttpServletRequest) req));
        return seen.get();
    }

    @Test
    void decomposed_and_composed_differ_as_a_keyboard_sends_them() {
        assertThat(DECOMPOSED).isNotEqualTo(COMPOSED);
        assertThat(DECOMPOSED.length()).isGreaterThan(COMPOSED.length());
        assertThat(Texts.nfc(DECOMPOSED)).isEqualTo(COMPOSED);
        assertThat(Texts.nfc(COMPOSED)).isSameAs(COMPOSED);
        assertThat(Texts.nfc(null)).isNull();
    }

    @Test
    void a_screens_request_body_is_read_composed_with_its_new_length() throws Exception {
        MockHttpServletRequest uidl = new MockHttpServletRequest("POST", "/");
        uidl.setParameter("v-r", "uidl");
        uidl.setContentType("application/json; charset=UTF-8");
        String json = "{\"rpc\":[{\"type\":\"mSync\",\"property\":\"value\",\"value\":\"" + DECOMPOSED + "\"}]}";
        uidl.setContent(json.getBytes(StandardCharsets.UTF_8));
        HttpServletRequest seen = through(uidl);
        byte[] body = seen.getInputStream().readAllBytes();
        assertThat(new String(body, StandardCharsets.UTF_8)).contains("\"value\":\"" + COMPOSED + "\"");
        assertThat(seen.getContentLength()).isEqualTo(body.length);
    }

    @Test
    void the_sign_in_forms_parameters_are_read_composed() throws Exception {
        MockHttpServletRequest form = new MockHttpServletRequest("POST", "/login");
        form.setContentType("application/x-www-form-urlencoded");
        form.setParameter("username", DECOMPOSED);
        HttpServletRequest seen = through(form);
        assertThat(seen.getParameter("username")).isEqualTo(COMPOSED);
        assertThat(seen.getParameterValues("username")).containsExactly(COMPOSED);
        assertThat(seen.getParameterMap().get("username")).containsExactly(COMPOSED);
    }

    @Test
    void an_upload_passes_as_it_was_sent() throws Exception {
        MockHttpServletRequest upload = new MockHttpServletRequest("POST", "/");
        upload.setContentType("application/octet-stream");
        byte[] bytes = DECOMPOSED.getBytes(StandardCharsets.UTF_8);
        upload.setContent(bytes);
        assertThat(through(upload).getInputStream().readAllBytes()).isEqualTo(bytes);
    }
}
