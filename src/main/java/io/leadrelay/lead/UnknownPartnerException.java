package io.leadrelay.lead;

public class UnknownPartnerException extends RuntimeException {

    public UnknownPartnerException(String partnerKey) {
        super("No active partner with key '" + partnerKey + "'");
    }
}
