package io.leadrelay.intake;

/** A delivery we cannot turn into a lead; answered 400 with this message, and kept for inspection. */
class InvalidDeliveryException extends RuntimeException {

    InvalidDeliveryException(String message) {
        super(message);
    }
}
