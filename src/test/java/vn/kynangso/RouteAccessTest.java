package vn.kynangso;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.lang.annotation.Annotation;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;

/** Access is explicit: every screen names who may open it. */
class RouteAccessTest {

    private static final List<Class<? extends Annotation>> ACCESS =
            List.of(AnonymousAllowed.class, PermitAll.class, RolesAllowed.class, DenyAll.class);

    /**
     * Screens a visitor may open without signing in. A certificate's QR code opens for anyone (an
     * employer, a relative) too, but as a light page outside Vaadin (VerifyPageTest); the app's
     * screen for it is the admins'.
     */
    private static final Set<String> PUBLIC = Set.of(
            "vn.kynangso.home.ui.LandingView",
            "vn.kynangso.base.ui.LoginView",
            // a login card's QR code: asks "sign in as …?" and signs in on a tap
            "vn.kynangso.base.ui.SignInLinkView",
            // a class-mode computer's tiles: shown only with the class's device credential (DD007)
            "vn.kynangso.classes.ui.ClassModeView");

    /** Screens every signed-in person may open, whatever their roles. */
    private static final Set<String> ANY_SIGNED_IN =
            Set.of("vn.kynangso.home.ui.HomeView", "vn.kynangso.base.ui.ProfileView", "vn.kynangso.base.ui.MainLayout");

    static List<Class<?>> classesAnnotatedWith(Class<? extends Annotation> annotation) {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(annotation));
        return scanner.findCandidateComponents("vn.kynangso").stream()
                .map(BeanDefinition::getBeanClassName)
                .<Class<?>>map(RouteAccessTest::load)
                .toList();
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Class<? extends Annotation>> accessOf(Class<?> type) {
        return ACCESS.stream().filter(type::isAnnotationPresent).toList();
    }

    @Test
    void the_scan_finds_the_screens() {
        assertThat(classesAnnotatedWith(Route.class)).hasSizeGreaterThanOrEqualTo(5);
    }

    @Test
    void every_route_and_layout_carries_exactly_one_access_annotation() {
        Stream.concat(classesAnnotatedWith(Route.class).stream(), classesAnnotatedWith(Layout.class).stream())
                .forEach(type -> assertThat(accessOf(type))
                        .as("access annotations on %s", type.getName())
                        .hasSize(1));
    }

    @Test
    void only_the_landing_sign_in_and_certificate_check_pages_are_public() {
        classesAnnotatedWith(Route.class).stream()
                .filter(type -> type.isAnnotationPresent(AnonymousAllowed.class))
                .forEach(type ->
                        assertThat(PUBLIC).as("%s is public", type.getName()).contains(type.getName()));
    }

    @Test
    void screens_open_to_everyone_signed_in_are_the_known_few_others_name_roles() {
        classesAnnotatedWith(Route.class).stream()
                .filter(type -> type.isAnnotationPresent(PermitAll.class))
                .forEach(type -> assertThat(ANY_SIGNED_IN)
                        .as("%s is open to every signed-in person; name its roles", type.getName())
                        .contains(type.getName()));
    }
}
