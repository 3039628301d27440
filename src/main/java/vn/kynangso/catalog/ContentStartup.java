package vn.kynangso.catalog;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.kynangso.security.SystemRunner;

/** Publishes {@code content/} at every start; an invalid course is reported, the app starts anyway. */
@Component
@Order(5)
@ConditionalOnProperty(name = "kns.content.publish-on-start", havingValue = "true", matchIfMissing = true)
class ContentStartup implements ApplicationRunner {

    private final CatalogService catalog;

    ContentStartup(CatalogService catalog) {
        this.catalog = catalog;
    }

    @Override
    public void run(ApplicationArguments args) {
        SystemRunner.runAsSystem(catalog::publishFromFiles);
    }
}
