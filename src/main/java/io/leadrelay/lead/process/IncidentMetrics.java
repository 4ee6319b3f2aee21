package io.leadrelay.lead.process;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/** Open incidents (failed jobs out of retries): a step that is stuck must show on the operator's dashboard. */
@Component
class IncidentMetrics {

    IncidentMetrics(RuntimeService runtime, MeterRegistry meters) {
        Gauge.builder("leadrelay.incidents.open", runtime, service -> service.createIncidentQuery().count())
                .description("Open Camunda incidents").register(meters);
    }
}
