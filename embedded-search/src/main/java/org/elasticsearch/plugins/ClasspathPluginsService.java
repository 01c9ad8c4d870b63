package org.elasticsearch.plugins;

import java.lang.reflect.Constructor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.elasticsearch.Build;
import org.elasticsearch.action.admin.cluster.node.info.PluginsAndModules;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.env.Environment;
import org.elasticsearch.plugins.spi.SPIClassIterator;

/**
 * Plugins given as classes on the application's class path instead of plugin folders of a distribution.
 * <p>
 * LiveSurvey glue, not part of Elasticsearch: it lives in this package because the members it needs
 * ({@code LoadedPlugin}, {@code loadPlugin}, {@code loadExtensions}, the {@code PluginsLoader} constructor) are
 * package-private. Re-check it on every Elasticsearch upgrade.
 */
public final class ClasspathPluginsService extends PluginsService {

    private final List<LoadedPlugin> classpathPlugins;

    public ClasspathPluginsService(Environment environment, Collection<Class<? extends Plugin>> pluginClasses) {
        super(environment.settings(), environment.configDir(), new PluginsLoader(Set.of(), Set.of(), Map.of()));
        List<LoadedPlugin> loaded = new ArrayList<>();
        for (Class<? extends Plugin> pluginClass : pluginClasses) {
            Plugin instance = loadPlugin(pluginClass, environment.settings(), environment.configDir());
            loaded.add(new LoadedPlugin(describe(pluginClass), instance, pluginClass.getClassLoader()));
        }
        loadExtensions(loaded);
        this.classpathPlugins = List.copyOf(loaded);
    }

    @Override
    protected List<LoadedPlugin> plugins() {
        return classpathPlugins;
    }

    @Override
    public PluginsAndModules info() {
        return new PluginsAndModules(
                classpathPlugins.stream().map(plugin -> new PluginRuntimeInfo(plugin.descriptor())).toList(), List.of());
    }

    /**
     * All plugins share one class loader here, so the per-plugin lookup of the base class would find every provider
     * once per plugin (and the server's own feature specifications would be declared several times). Each provider
     * class is created exactly once, bound to the plugin its constructor asks for.
     */
    @Override
    public <T> List<? extends T> loadServiceProviders(Class<T> service) {
        List<T> providers = new ArrayList<>();
        SPIClassIterator<T> providerClasses = SPIClassIterator.get(service, ClasspathPluginsService.class.getClassLoader());
        while (providerClasses.hasNext()) {
            Class<? extends T> providerClass = providerClasses.next();
            owningPlugin(providerClass).ifPresent(plugin -> providers.add(createExtension(providerClass, service, plugin)));
        }
        return List.copyOf(providers);
    }

    /** The plugin a provider's one-argument constructor names, or any plugin when it needs none; empty when that plugin is absent. */
    private Optional<Plugin> owningPlugin(Class<?> providerClass) {
        for (Constructor<?> constructor : providerClass.getConstructors()) {
            if (constructor.getParameterCount() == 1) {
                Class<?> wanted = constructor.getParameterTypes()[0];
                return classpathPlugins.stream().map(LoadedPlugin::instance).filter(p -> p.getClass() == wanted).findFirst();
            }
        }
        return classpathPlugins.stream().map(LoadedPlugin::instance).findFirst();
    }

    private static PluginDescriptor describe(Class<? extends Plugin> pluginClass) {
        return new PluginDescriptor(
                pluginClass.getName(),
                "loaded from the class path",
                Build.current().version(),
                Build.current().version(),
                Integer.toString(Runtime.version().feature()),
                pluginClass.getName(),
                null,
                List.of(),
                false,
                false,
                false,
                false);
    }
}
