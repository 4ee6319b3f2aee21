package io.leadrelay.portal;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One partner's (or the whole programme's) figures over the tries it was given. Counts and the median come from
 * SQL aggregates; the rates are divided here. A rate is null when there is nothing to divide by.
 *
 * <ul>
 *   <li>{@code tries}: assignments of leads received in the period;</li>
 *   <li>{@code answered}: tries accepted, rejected or lapsed at the accept step;</li>
 *   <li>{@code slaMeasured}: tries that were accepted or have ended; {@code slaBreached}: of those, tries that
 *       lapsed the accept or the act SLA; compliance = 1 - breached / measured;</li>
 *   <li>acceptance rate = accepted / answered; deal and opportunity conversion = tries with a deal registration
 *       (an opportunity) by that partner / accepted tries;</li>
 *   <li>{@code recycledAway}: tries after which the lead was recycled to another partner or triage.</li>
 * </ul>
 */
record Figures(String partnerKey, long tries, long answered, long accepted, long slaMeasured, long slaBreached,
               Double medianHoursToAccept, long deals, long opportunities, long recycledAway) {

    @JsonProperty
    public Double slaCompliance() {
        return ratio(slaMeasured - slaBreached, slaMeasured);
    }

    @JsonProperty
    public Double acceptanceRate() {
        return ratio(accepted, answered);
    }

    @JsonProperty
    public Double dealConversion() {
        return ratio(deals, accepted);
    }

    @JsonProperty
    public Double opportunityConversion() {
        return ratio(opportunities, accepted);
    }

    static Double ratio(long part, long whole) {
        return whole == 0 ? null : (double) part / whole;
    }
}
