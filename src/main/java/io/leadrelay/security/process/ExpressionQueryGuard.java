package io.leadrelay.security.process;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Closes the second flaw of Camunda 7.24.0 community edition: a task query sent over REST can carry an
 * expression (JUEL, e.g. inside {@code orQueries}) that the engine evaluates, which runs code. Ad-hoc query
 * expressions are off in the engine configuration, but {@code orQueries} slipped past that check; so every
 * ad-hoc query request to the engine REST APIs (ours at {@code /engine-rest}, and the one the webapps use at
 * {@code /camunda/api/engine}) that contains an expression marker in its URL or body is refused with 400.
 * Stored filters (created by admins only) keep their expressions, which Tasklist needs (e.g. {@code ${now()}}).
 */
@Configuration(proxyBeanMethods = false)
class ExpressionQueryGuard {

    /** {@code ${...}} or {@code #{...}}, the two JUEL expression forms. */
    private static final Pattern EXPRESSION = Pattern.compile("[$#]\\s*\\{");
    private static final int MAX_INSPECTED_BODY = 1024 * 1024;

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> expressionQueryGuardFilter() {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                if (!isQuery(request)) {
                    chain.doFilter(request, response);
                    return;
                }
                byte[] body = request.getInputStream().readNBytes(MAX_INSPECTED_BODY + 1);
                if (body.length > MAX_INSPECTED_BODY || containsExpression(request.getQueryString())
                        || containsExpression(new String(body, StandardCharsets.UTF_8))) {
                    response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
                    response.setContentType("application/json");
                    response.getWriter().write("{\"type\":\"InvalidRequestException\","
                            + "\"message\":\"Expressions are not allowed in queries\"}");
                    return;
                }
                chain.doFilter(new ReplayedBody(request, body), response);
            }
        });
        registration.setName("expression-query-guard");
        registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
        registration.setOrder(Integer.MIN_VALUE + 20);
        return registration;
    }

    /**
     * Ad-hoc task query endpoints: task lists and counts, a filter's list/count (the request may extend the stored
     * query), historic task queries. Task completion and form submission are not queries: a note may well
     * contain "${" as text.
     */
    private static final Pattern QUERY_PATH = Pattern.compile(
            ".*/(task(/count)?|filter/[^/]+/(list|count|singleResult)|history/task(/count)?)/?$");

    static boolean isQuery(HttpServletRequest request) {
        return QUERY_PATH.matcher(request.getRequestURI()).matches();
    }

    static boolean containsExpression(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        if (EXPRESSION.matcher(text).find()) {
            return true;
        }
        try {
            return EXPRESSION.matcher(URLDecoder.decode(text, StandardCharsets.UTF_8)).find();
        } catch (IllegalArgumentException malformedEscape) {
            return true;
        }
    }

    /** Gives the downstream servlet the body this filter already read. */
    private static final class ReplayedBody extends HttpServletRequestWrapper {
        private final byte[] body;

        ReplayedBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("synchronous only");
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
        }
    }
}
