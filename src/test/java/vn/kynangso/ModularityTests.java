package vn.kynangso;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** Features stay apart: no cycles, and modules use each other only through their root packages' API. */
class ModularityTests {

    static final ApplicationModules MODULES = ApplicationModules.of(Application.class);

    @Test
    void modules_respect_their_boundaries() {
        MODULES.verify();
    }
}
