package io.leadrelay.lead;

import io.leadrelay.partner.Partner;
import java.util.Optional;

/** Either the partner that got the lead, or why the lead must go to the vendor's triage queue. */
public record AssignmentResult(Partner partner, int attempt, String triageReason) {

    static AssignmentResult assigned(Partner partner, int attempt) {
        return new AssignmentResult(partner, attempt, null);
    }

    static AssignmentResult toTriage(int attemptsSoFar, String reason) {
        return new AssignmentResult(null, attemptsSoFar, reason);
    }

    public Optional<Partner> assignedPartner() {
        return Optional.ofNullable(partner);
    }
}
