package org.verbatim.bake;

import java.io.File;
import java.io.IOException;
import java.io.Writer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import freemarker.template.Configuration;
import freemarker.template.ObjectWrapper;
import freemarker.template.SimpleHash;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateHashModel;
import freemarker.template.TemplateModelException;
import org.jbake.app.ContentStore;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.template.DelegatingTemplateEngine;
import org.jbake.template.FreemarkerTemplateEngine;
import org.jbake.template.ModelExtractors;
import org.jbake.template.RenderingException;
import org.jbake.template.model.TemplateModel;

/**
 * JBake's FreeMarker rendering, configured as JBake configures it, with two costs per page taken out. JBake's model
 * asks its extractors (published_content and the like) for every name before the page's own, so each
 * {@code content} or {@code config} a template read copied the whole model and threw an exception (13 a page on
 * the seed); and the configuration was turned into a new map for every page. Here a name no extractor owns is read
 * from the page at once, and the configuration's map is made once per bake. Same pages, byte for byte; a template
 * of another engine, or one missing, still goes through JBake's own path.
 */
final class FreemarkerPages extends DelegatingTemplateEngine {
    private final JBakeConfiguration config;
    private final ContentStore store;
    private final Configuration templates;
    private final Map<String, Object> configMap;
    private final Map<String, Boolean> present = new ConcurrentHashMap<>();

    FreemarkerPages(ContentStore store, JBakeConfiguration config) {
        super(store, config);
        this.config = config;
        this.store = store;
        this.templates = new Configuration(Configuration.DEFAULT_INCOMPATIBLE_IMPROVEMENTS);
        templates.setDefaultEncoding(config.getRenderEncoding());
        templates.setOutputEncoding(config.getOutputEncoding());
        if (config.getFreemarkerTimeZone() != null) {
            templates.setTimeZone(config.getFreemarkerTimeZone());
            templates.setSQLDateAndTimeTimeZone(config.getFreemarkerTimeZone());
        }
        try {
            templates.setDirectoryForTemplateLoading(config.getTemplateFolder());
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the templates folder " + config.getTemplateFolder(), e);
        }
        this.configMap = config.asHashMap();
    }

    @Override
    public void renderDocument(TemplateModel model, String templateName, Writer writer) throws RenderingException {
        if (!templateName.endsWith(".ftl") || !present.computeIfAbsent(templateName,
                name -> new File(config.getTemplateFolder(), name).exists())) {
            super.renderDocument(model, templateName, writer);
            return;
        }
        model.setVersion(config.getVersion());
        model.setConfig(configMap);
        try {
            Template template = templates.getTemplate(templateName);
            template.process(new PageModel(templates.getObjectWrapper(), model, store, config), writer);
        } catch (IOException | TemplateException e) {
            throw new RenderingException(e);
        }
    }

    /** A page's model as JBake's gives it to a template, without asking the extractors for names they lack. */
    private static final class PageModel implements TemplateHashModel {
        private final ObjectWrapper wrapper;
        private final TemplateModel model;
        private final ContentStore store;
        private final JBakeConfiguration config;
        private final SimpleHash own;
        private FreemarkerTemplateEngine.LazyLoadingModel jbake;

        PageModel(ObjectWrapper wrapper, TemplateModel model, ContentStore store, JBakeConfiguration config) {
            this.wrapper = wrapper;
            this.model = model;
            this.store = store;
            this.config = config;
            this.own = new SimpleHash(model, wrapper);
        }

        @Override
        public freemarker.template.TemplateModel get(String key) throws TemplateModelException {
            // JBake's own model answers "db" and the extractors' names itself, and any other name from the page.
            if (!"db".equals(key) && !ModelExtractors.getInstance().containsKey(key)) {
                return own.get(key);
            }
            if (jbake == null) {
                jbake = new FreemarkerTemplateEngine.LazyLoadingModel(wrapper, model, store, config);
            }
            return jbake.get(key);
        }

        @Override
        public boolean isEmpty() {
            return false;
        }
    }
}
