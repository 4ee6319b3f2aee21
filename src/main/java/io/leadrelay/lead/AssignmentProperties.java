package io.leadrelay.lead;

import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Assignment rules an operator tunes.
 *
 * @param maxAttempts how many partners may have a lead before it goes to the vendor's triage queue
 */
@Validated
@ConfigurationProperties("leadrelay.assignment")
public record AssignmentProperties(@Min(1) int maxAttempts) {
}
