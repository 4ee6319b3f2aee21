package io.leadrelay.security.process;

import io.leadrelay.directory.Groups;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Closes a flaw of Camunda 7.24.0 community edition: its admin setup endpoint
 * ({@code /camunda/api/admin/setup/{engine}/user/create}) is meant only for an empty system, but can create an
 * administrator on a system that is already set up. This filter refuses every setup request as soon as any
 * member of {@code camunda-admin} exists, whatever the webapp itself decides.
 */
@Configuration(proxyBeanMethods = false)
class AdminSetupGuard {

    static final String SETUP_PATH = "/camunda/api/admin/setup/*";

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> adminSetupGuardFilter(IdentityService identity) {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                if (identity.createUserQuery().memberOfGroup(Groups.ADMINS).count() > 0) {
                    response.sendError(HttpServletResponse.SC_FORBIDDEN, "This system is already set up");
                    return;
                }
                chain.doFilter(request, response);
            }
        });
        registration.setName("admin-setup-guard");
        registration.addUrlPatterns(SETUP_PATH);
        registration.setOrder(Integer.MIN_VALUE + 10);
        return registration;
    }
}
