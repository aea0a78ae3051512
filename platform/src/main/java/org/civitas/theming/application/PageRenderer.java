package org.civitas.theming.application;

import freemarker.cache.ClassTemplateLoader;
import freemarker.core.HTMLOutputFormat;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Renders themed pages with FreeMarker from the theme folders of tenant-themes (on the classpath under
 * {@code themes/}). Output is HTML-escaped by the template format. For now every tenant wears the base theme;
 * theme inheritance and tenant branding build on this.
 */
@ApplicationScoped
public class PageRenderer {
    static final String BASE_THEME = "base";
    private Configuration freemarker;
    private final Map<String, Map<String, String>> messages = new ConcurrentHashMap<>();

    @PostConstruct
    void configure() {
        Configuration config = new Configuration(Configuration.VERSION_2_3_34);
        config.setTemplateLoader(new ClassTemplateLoader(PageRenderer.class.getClassLoader(), "themes/" + BASE_THEME + "/templates"));
        config.setOutputFormat(HTMLOutputFormat.INSTANCE);
        config.setRecognizeStandardFileExtensions(true);
        config.setDefaultEncoding("UTF-8");
        config.setOutputEncoding("UTF-8");
        config.setURLEscapingCharset("UTF-8");
        config.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        config.setLogTemplateExceptions(false);
        config.setWrapUncheckedExceptions(true);
        config.setFallbackOnNullLoopVariable(false);
        this.freemarker = config;
    }

    /** Renders {@code <template>.ftlh} in a language; the model gets {@code t} (messages) and {@code lang}. */
    public String render(String template, String language, Map<String, Object> model) {
        Map<String, Object> data = new HashMap<>(model);
        data.put("t", messages(language));
        data.put("lang", language);
        try {
            Template page = freemarker.getTemplate(template + ".ftlh");
            StringWriter out = new StringWriter();
            page.process(data, out);
            return out.toString();
        } catch (IOException e) {
            throw new UncheckedIOException("Template " + template + " cannot be read", e);
        } catch (TemplateException e) {
            throw new IllegalStateException("Template " + template + " failed: " + e.getMessageWithoutStackTop(), e);
        }
    }

    /** One message of the theme in a language, with {0}-style arguments filled in. */
    public String message(String language, String key, Object... args) {
        String pattern = messages(language).getOrDefault(key, key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, Locale.forLanguageTag(language)).format(args);
    }

    Map<String, String> messages(String language) {
        return messages.computeIfAbsent(language, this::load);
    }

    private Map<String, String> load(String language) {
        Properties props = new Properties();
        String path = "themes/" + BASE_THEME + "/messages_" + language + ".properties";
        try (InputStream in = PageRenderer.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("The base theme has no messages for language " + language);
            }
            props.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> map = new HashMap<>();
        props.forEach((k, v) -> map.put((String) k, (String) v));
        return Map.copyOf(map);
    }
}
