package org.civitas.theming.application;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.HTMLOutputFormat;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.civitas.theming.domain.Theme;

/**
 * Renders themed pages with FreeMarker. Each theme gets one configuration whose template loader walks the
 * theme's chain (child first, base last), so a theme overrides only the templates it has. Output is
 * HTML-escaped by the template format. Configurations cache their parsed templates.
 */
@ApplicationScoped
public class PageRenderer {
    private final Map<String, Configuration> configurations = new ConcurrentHashMap<>();

    @Inject
    ThemeCatalog themes;

    /** Renders {@code <template>.ftlh} of a theme; the model also gets {@code t} (messages), {@code lang}, {@code theme}, {@code assets} (versioned theme file URLs). */
    public String render(String themeName, String template, String language, Map<String, Object> model) {
        Theme theme = themes.resolve(themeName);
        Map<String, Object> data = new HashMap<>(model);
        data.put("t", themes.messages(theme, language));
        data.put("lang", language);
        data.put("theme", theme.name());
        data.put("assets", new AssetUrls(String.valueOf(model.getOrDefault("base", "")), theme, themes));
        try {
            Template page = configuration(theme).getTemplate(template + ".ftlh");
            StringWriter out = new StringWriter();
            page.process(data, out);
            return out.toString();
        } catch (IOException e) {
            throw new UncheckedIOException("Template " + template + " of theme " + themeName + " cannot be read", e);
        } catch (TemplateException e) {
            throw new IllegalStateException("Template " + template + " failed: " + e.getMessageWithoutStackTop(), e);
        }
    }

    /** One message of a theme in a language, with {0}-style arguments filled in. */
    public String message(String themeName, String language, String key, Object... args) {
        String pattern = themes.messages(themes.resolve(themeName), language).getOrDefault(key, key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, Locale.forLanguageTag(language)).format(args);
    }

    private Configuration configuration(Theme theme) {
        return configurations.computeIfAbsent(theme.name(), name -> {
            ClassLoader loader = PageRenderer.class.getClassLoader();
            TemplateLoader[] loaders = theme.chain().stream()
                    .map(n -> new ClassTemplateLoader(loader, "themes/" + n + "/templates")).toArray(TemplateLoader[]::new);
            Configuration config = new Configuration(Configuration.VERSION_2_3_34);
            config.setTemplateLoader(new MultiTemplateLoader(loaders));
            config.setOutputFormat(HTMLOutputFormat.INSTANCE);
            config.setRecognizeStandardFileExtensions(true);
            config.setDefaultEncoding("UTF-8");
            config.setOutputEncoding("UTF-8");
            config.setURLEscapingCharset("UTF-8");
            config.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
            config.setLogTemplateExceptions(false);
            config.setWrapUncheckedExceptions(true);
            config.setFallbackOnNullLoopVariable(false);
            return config;
        });
    }
}
