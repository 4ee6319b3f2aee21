package io.leadrelay.security.process;

import jakarta.servlet.DispatcherType;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.ContainerBasedAuthenticationProvider;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One sign-in for the portal and the Camunda webapps. A partner signed in to the portal who follows a link to
 * its task (or the link in a lead mail) lands in Tasklist signed in, instead of at a second login form. Spring
 * Security signs the user in (SecurityConfig sends an anonymous visitor of a webapp page to our /login), and
 * Camunda's container-based authentication, meant for an application server's login, hands that user, with its
 * groups from the engine's identity service, to the webapps' session. It runs after Spring Security's filters,
 * which make the signed-in user the request's principal. Camunda's own login form is not used: the webapps'
 * pages send an anonymous visitor to /login, and their API answers 401 to a request with no one signed in.
 */
@Configuration(proxyBeanMethods = false)
class WebappSingleSignOn {

    @Bean
    FilterRegistrationBean<ContainerBasedAuthenticationFilter> webappSingleSignOnFilter() {
        FilterRegistrationBean<ContainerBasedAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new ContainerBasedAuthenticationFilter());
        registration.setName("webapp-single-sign-on");
        registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
                ContainerBasedAuthenticationProvider.class.getName());
        registration.addUrlPatterns("/camunda/app/*", "/camunda/api/*");
        registration.setDispatcherTypes(DispatcherType.REQUEST);
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 1);
        return registration;
    }
}
