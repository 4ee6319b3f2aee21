package io.leadrelay.notification;

/** A mail was put in the outbox; published inside the causing transaction, acted on after it commits. */
record MailQueued(Long mailId) {
}
