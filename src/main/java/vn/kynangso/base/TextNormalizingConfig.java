package vn.kynangso.base;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Puts {@link TextNormalizingFilter} before everything else, Spring Security's sign-in included. */
@Configuration(proxyBeanMethods = false)
class TextNormalizingConfig {

    @Bean
    FilterRegistrationBean<TextNormalizingFilter> textNormalizingFilter() {
        FilterRegistrationBean<TextNormalizingFilter> registration =
                new FilterRegistrationBean<>(new TextNormalizingFilter());
        registration.setOrder(-200); // before Spring Security's chain (-100)
        registration.addUrlPatterns("/*");
        return registration;
    }
}
