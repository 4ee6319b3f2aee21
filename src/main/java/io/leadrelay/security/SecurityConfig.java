package io.leadrelay.security;

import io.leadrelay.directory.Groups;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.logout.HttpStatusReturningLogoutSuccessHandler;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may call what. Everything needs a login except the HubSpot webhooks (they carry a signature instead) and
 * the health probe. {@code /engine-rest} authenticates with Camunda's own filter (see
 * {@code EngineRestAuthentication}), against the same users; the Camunda webapps take the portal's sign-in
 * ({@code WebappSingleSignOn}).
 */
@Configuration
class SecurityConfig {

    private static final String ADMIN = Viewer.GROUP_AUTHORITY_PREFIX + Groups.ADMINS;
    private static final String MANAGER = Viewer.GROUP_AUTHORITY_PREFIX + Groups.PARTNER_MANAGERS;

    /**
     * Matches on the whole path, whichever servlet serves it: {@code /engine-rest} is Jersey's servlet, not
     * Spring MVC's, and an MVC matcher would let its requests fall through to the pages' chain.
     */
    private static RequestMatcher path(String pattern) {
        return PathPatternRequestMatcher.withDefaults().matcher(pattern);
    }

    /** HubSpot calls these; the controller checks the HubSpot signature on the raw body. */
    @Bean
    @Order(1)
    SecurityFilterChain webhooks(HttpSecurity http) throws Exception {
        return http.securityMatcher(path("/api/hubspot/**"))
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .build();
    }

    /**
     * Our JSON API: HTTP Basic for API clients, no session, so no CSRF exposure. It also guards the one engine REST
     * resource Camunda's own filter lets through without a login, the list of engine names.
     */
    @Bean
    @Order(2)
    SecurityFilterChain api(HttpSecurity http) throws Exception {
        return http.securityMatcher(new OrRequestMatcher(path("/api/**"), path("/actuator/**"),
                        path("/engine-rest/engine"), path("/engine-rest/engine/")))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health/**", "/actuator/health").permitAll()
                        .requestMatchers("/actuator/**").hasAuthority(ADMIN)
                        .anyRequest().authenticated())
                .httpBasic(Customizer.withDefaults())
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .build();
    }

    /** The engine REST API brings its own authentication (HTTP Basic, EngineRestAuthentication) and authorization. */
    @Bean
    @Order(3)
    SecurityFilterChain engineRest(HttpSecurity http) throws Exception {
        return http.securityMatcher(path("/engine-rest/**"))
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .build();
    }

    /**
     * The Camunda webapps: their pages need the portal's sign-in (an anonymous visitor goes to /login and comes
     * back), which WebappSingleSignOn hands to the webapps; their API keeps Camunda's own session and CSRF checks.
     * Their logout signs out of the portal too; otherwise the next request would sign the user straight back in.
     */
    @Bean
    @Order(4)
    SecurityFilterChain webapps(HttpSecurity http) throws Exception {
        return http.securityMatcher(path("/camunda/**"))
                .authorizeHttpRequests(requests -> requests
                        // assets, and the branding the tests check, load without a session
                        .requestMatchers(path("/camunda/app/*/styles/**"), path("/camunda/app/*/scripts/**"),
                                path("/camunda/app/*/assets/**"), path("/camunda/assets/**"), path("/camunda/lib/**"),
                                path("/camunda/api/**")).permitAll()
                        .anyRequest().authenticated())
                .exceptionHandling(errors -> errors.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/login")))
                .logout(logout -> logout
                        .logoutRequestMatcher(PathPatternRequestMatcher.withDefaults()
                                .matcher(HttpMethod.POST, "/camunda/api/admin/auth/user/*/logout"))
                        .logoutSuccessHandler(new HttpStatusReturningLogoutSuccessHandler(HttpStatus.OK)))
                .csrf(csrf -> csrf.disable())
                .headers(headers -> headers.frameOptions(frame -> frame.sameOrigin()))
                .build();
    }

    /** Our pages: form login with the Camunda users, CSRF on. */
    @Bean
    @Order(5)
    SecurityFilterChain pages(HttpSecurity http) throws Exception {
        return http
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/login", "/css/**", "/js/**", "/img/**", "/webjars/**", "/favicon.ico", "/error").permitAll()
                        .requestMatchers("/mails/**").hasAnyAuthority(ADMIN, MANAGER)
                        .requestMatchers("/deliveries/**").hasAuthority(ADMIN)
                        // the FAQ is read by everyone signed in and written by admins
                        .requestMatchers("/faq/new", "/faq/*/edit").hasAuthority(ADMIN)
                        .requestMatchers(HttpMethod.POST, "/faq", "/faq/**").hasAuthority(ADMIN)
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").permitAll())
                .httpBasic(Customizer.withDefaults())
                .logout(Customizer.withDefaults())
                .build();
    }
}
