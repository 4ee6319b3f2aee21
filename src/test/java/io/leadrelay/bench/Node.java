package io.leadrelay.bench;

import io.leadrelay.LeadRelayApplication;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * One LeadRelay node in this JVM, as TwoNodeClusterTest starts them: the production settings of
 * application.yaml (job executor on, acquire by due date, mail poll every second) on the bench's database,
 * with mail going to the bench's SMTP sink. Only the test profile's HubSpot secret and H2 URL are borrowed.
 */
final class Node implements AutoCloseable {

    static final java.nio.file.Path H2_FOLDER = java.nio.file.Path.of("target", "bench", "h2");

    private final ConfigurableApplicationContext context;
    final String name;

    private Node(String name, ConfigurableApplicationContext context) {
        this.name = name;
        this.context = context;
    }

    static Node start(String name, BenchSettings settings, int smtpPort) {
        List<String> args = new ArrayList<>(List.of(
                "--server.port=0",
                "--camunda.bpm.job-execution.enabled=true",
                "--camunda.bpm.generic-properties.properties.hostname=" + name,
                // the test profile turns this off to drive the clock; production (application.yaml) has it on
                "--camunda.bpm.generic-properties.properties.jobExecutorAcquireByDueDate=true",
                // the test profile turns the dashboard cache off to read figures straight after writing them
                "--spring.cache.type=caffeine",
                "--spring.mail.host=127.0.0.1",
                "--spring.mail.port=" + smtpPort,
                "--logging.level.root=WARN",
                "--logging.level.io.leadrelay=WARN"));
        if (!settings.postgres()) {
            // a file database, as the demo runs it (application.yaml), not an in-memory one: in memory, the
            // baseline's tens of thousands of instances would sit in the heap and the memory and GC figures would
            // measure H2's storage rather than the node. Fresh for every run (BenchMain clears the folder).
            args.add("--spring.datasource.url=jdbc:h2:file:" + H2_FOLDER.resolve(name).toAbsolutePath()
                    + ";DB_CLOSE_ON_EXIT=FALSE;AUTO_SERVER=FALSE;LOCK_TIMEOUT=10000");
        }
        if (settings.postgres()) {
            args.add("--spring.datasource.url=" + settings.jdbcUrl());
            args.add("--spring.datasource.username=postgres");
            args.add("--spring.datasource.password=");
        }
        args.addAll(extraArgs());
        ConfigurableApplicationContext context = new SpringApplicationBuilder(LeadRelayApplication.class)
                .profiles("test")
                .run(args.toArray(String[]::new));
        return new Node(name, context);
    }

    /** BENCH_NODE_ARGS: extra Spring arguments, to try a tuning without editing code ("--a=b --c=d"). */
    private static List<String> extraArgs() {
        String extra = System.getenv("BENCH_NODE_ARGS");
        return extra == null || extra.isBlank() ? List.of() : List.of(extra.trim().split("\\s+"));
    }

    int port() {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    JdbcTemplate jdbc() {
        return context.getBean(JdbcTemplate.class);
    }

    ProcessEngine engine() {
        return context.getBean(ProcessEngine.class);
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    @Override
    public void close() {
        context.close();
    }
}
