package org.elasticsearch.node;

import java.util.Collection;
import java.util.List;

import org.elasticsearch.cluster.service.ClusterService;
import org.elasticsearch.env.Environment;
import org.elasticsearch.plugins.ClasspathPluginsService;
import org.elasticsearch.plugins.Plugin;
import org.elasticsearch.plugins.PluginsLoader;
import org.elasticsearch.plugins.PluginsService;

/**
 * A node whose plugins are classes on the application's class path: the server jar and the Netty transport
 * plugin from Maven Central make a working node without a distribution's plugin and module folders.
 * <p>
 * LiveSurvey glue, not part of Elasticsearch: it lives in this package because the {@code Node} constructor taking a
 * {@code NodeConstruction}, and the {@code NodeServiceProvider} hook that creates the plugins service, are
 * package-private. Re-check it on every Elasticsearch upgrade.
 */
public final class ClasspathPluginsNode extends Node {

    public ClasspathPluginsNode(Environment environment, Collection<Class<? extends Plugin>> pluginClasses) {
        // no PluginsLoader: it reads plugin folders, which the service provider below never asks for
        super(NodeConstruction.prepareConstruction(environment, null, new ClasspathServiceProvider(pluginClasses), true));
    }

    /**
     * Skipped: the listener records the node and cluster ids in a JVM-wide set-once holder that feeds only
     * Elasticsearch's own log layouts, which an embedded node does not use. A second node in the same JVM (a restart,
     * a second test class) would fail to set it again, and under {@code -ea} that error stops the thread that applies
     * cluster states, leaving the node red.
     */
    @Override
    protected void configureNodeAndClusterIdStateListener(ClusterService clusterService) {
    }

    private static final class ClasspathServiceProvider extends NodeServiceProvider {

        private final List<Class<? extends Plugin>> pluginClasses;

        ClasspathServiceProvider(Collection<Class<? extends Plugin>> pluginClasses) {
            this.pluginClasses = List.copyOf(pluginClasses);
        }

        @Override
        PluginsService newPluginService(Environment environment, PluginsLoader unused) {
            return new ClasspathPluginsService(environment, pluginClasses);
        }
    }
}
