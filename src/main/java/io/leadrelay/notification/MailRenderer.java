package io.leadrelay.notification;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders a mail's subject, plain text and HTML. Wording comes from the message bundle (i18n-ready), the look
 * from one layout per format, so branding is changed in one place.
 */
@Component
class MailRenderer {

    record Rendered(String subject, String text, String html) {
    }

    private final MessageSource messages;
    private final TemplateEngine engine;

    MailRenderer(MessageSource messages) {
        this.messages = messages;
        SpringTemplateEngine templates = new SpringTemplateEngine();
        templates.setTemplateEngineMessageSource(messages);
        templates.addTemplateResolver(resolver(TemplateMode.HTML, ".html", 1));
        templates.addTemplateResolver(resolver(TemplateMode.TEXT, ".txt", 2));
        this.engine = templates;
    }

    Rendered render(MailContent content, Locale locale) {
        String key = "mail." + content.template().id();
        Object[] args = content.arguments().toArray();
        String subject = messages.getMessage(key + ".subject", args, locale);
        List<String> paragraphs = Arrays.asList(messages.getMessage(key + ".body", args, locale).split("\\n\\n"));
        String actionLabel = content.actionUrl() == null ? null : messages.getMessage(key + ".action", null,
                messages.getMessage("mail.default.action", null, locale), locale);

        Context model = new Context(locale);
        model.setVariable("subject", subject);
        model.setVariable("paragraphs", paragraphs);
        model.setVariable("details", content.template().showsLeadDetails() ? content.leadDetails() : Map.of());
        model.setVariable("quote", content.quote());
        model.setVariable("actionUrl", content.actionUrl());
        model.setVariable("actionLabel", actionLabel);
        return new Rendered(subject, engine.process("message.txt", model), engine.process("message.html", model));
    }

    private static ClassLoaderTemplateResolver resolver(TemplateMode mode, String suffix, int order) {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/mail/");
        resolver.setTemplateMode(mode);
        resolver.setResolvablePatterns(java.util.Set.of("*" + suffix));
        resolver.setCharacterEncoding("UTF-8");
        resolver.setOrder(order);
        resolver.setCheckExistence(true);
        return resolver;
    }
}
