package io.leadrelay.notification;

import java.util.List;
import java.util.Map;

/**
 * What one mail says, before rendering.
 *
 * @param arguments   values for the {0}, {1}, ... placeholders of the template's subject and body
 * @param leadDetails label to value, shown as a table where the template carries lead details
 * @param quote       text shown verbatim (a reviewer's comment, a note), escaped
 * @param actionUrl   the button's target, or null
 */
public record MailContent(MailTemplate template, List<Object> arguments, Map<String, String> leadDetails,
                          String quote, String actionUrl) {
}
