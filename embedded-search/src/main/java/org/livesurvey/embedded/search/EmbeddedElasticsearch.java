package org.livesurvey.embedded.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.lucene.store.LockObtainFailedException;
import org.elasticsearch.Build;
import org.elasticsearch.action.admin.cluster.health.ClusterHealthResponse;
import org.elasticsearch.cluster.health.ClusterHealthStatus;
import org.elasticsearch.common.logging.LogConfigurator;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.core.TimeValue;
import org.elasticsearch.env.Environment;
import org.elasticsearch.http.HttpServerTransport;
import org.elasticsearch.node.ClasspathPluginsNode;
import org.elasticsearch.node.InternalSettingsPreparer;
import org.elasticsearch.node.Node;
import org.elasticsearch.node.NodeValidationException;
import org.elasticsearch.plugins.Plugin;
import org.elasticsearch.transport.netty4.Netty4Plugin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real single-node Elasticsearch inside this JVM, listening on 127.0.0.1 only, with its indices kept in a data
 * directory across restarts. It is the server jar and the Netty transport from Maven Central plus two small plugins
 * for what a distribution adds from modules that are not published ({@code GET /}, the {@code english} analyzer).
 */
public final class EmbeddedElasticsearch implements AutoCloseable {

    public static final String CLUSTER_NAME = "livesurvey";

    private static final Logger log = LoggerFactory.getLogger(EmbeddedElasticsearch.class);
    private static final String NODE_NAME = "livesurvey-embedded";
    private static final String LOCK_FILE = "embedded-node.lock";
    private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration SHUTDOWN_TIMEOUT = Duration.ofSeconds(30);
    private static final List<Class<? extends Plugin>> PLUGINS =
            List.of(Netty4Plugin.class, RootEndpointPlugin.class, EnglishAnalysisPlugin.class);

    private static boolean loggingConfigured;

    private final Path dataDirectory;
    private final Node node;
    private final int httpPort;
    private final FileChannel lockChannel; // holds the data directory's lock until closed
    private boolean closed;

    private EmbeddedElasticsearch(Path dataDirectory, Node node, int httpPort, FileChannel lockChannel) {
        this.dataDirectory = dataDirectory;
        this.node = node;
        this.httpPort = httpPort;
        this.lockChannel = lockChannel;
    }

    /**
     * Starts a node on the given directory (created if missing) and returns once its existing indices are searchable.
     *
     * @param httpPort the HTTP port on 127.0.0.1; 0 picks a free one
     * @throws DataDirectoryInUseException when another node already uses the directory
     */
    public static EmbeddedElasticsearch start(Path dataDirectory, int httpPort) {
        if (httpPort < 0 || httpPort > 65535) {
            throw new IllegalArgumentException("not a TCP port: " + httpPort);
        }
        Path home = dataDirectory.toAbsolutePath().normalize();
        requireReleaseBuild();
        FileChannel lock = lock(home);
        try {
            long started = System.nanoTime();
            Node node = startNode(home, httpPort);
            int boundPort = node.injector().getInstance(HttpServerTransport.class).boundAddress().publishAddress().getPort();
            log.info("Elasticsearch {} ready on 127.0.0.1:{} in {} ms (data directory {}, max heap {} MB)",
                    Build.current().version(), boundPort, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started),
                    home, Runtime.getRuntime().maxMemory() >> 20);
            return new EmbeddedElasticsearch(home, node, boundPort, lock);
        } catch (RuntimeException e) {
            closeQuietly(lock);
            throw e;
        }
    }

    public int httpPort() {
        return httpPort;
    }

    /** The base URI of the node's REST API, for the client. */
    public URI uri() {
        return URI.create("http://127.0.0.1:" + httpPort);
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    /** Stops the node; what was acknowledged is on disk and comes back with the next start. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            stop(node);
        } finally {
            closeQuietly(lockChannel);
            log.info("Elasticsearch on {} stopped", dataDirectory);
        }
    }

    private static Node startNode(Path home, int httpPort) {
        configureLoggingOnce();
        Environment environment = InternalSettingsPreparer.prepareEnvironment(settings(home, httpPort), Map.of(), null,
                () -> NODE_NAME);
        Node node;
        try {
            node = new ClasspathPluginsNode(environment, PLUGINS);
        } catch (RuntimeException e) {
            if (causedBy(e, LockObtainFailedException.class)) {
                throw DataDirectoryInUseException.heldByOtherNode(home, e);
            }
            throw e;
        }
        try {
            node.start();
            awaitIndicesSearchable(node);
            return node;
        } catch (NodeValidationException | RuntimeException e) {
            RuntimeException failure = e instanceof RuntimeException runtime ? runtime
                    : new IllegalStateException("Elasticsearch refused to start on " + home + ": " + e.getMessage(), e);
            try {
                stop(node);
            } catch (RuntimeException whileStopping) {
                failure.addSuppressed(whileStopping);
            }
            throw failure;
        }
    }

    private static Settings settings(Path home, int httpPort) {
        return Settings.builder()
                .put("path.home", home.toString())
                .put("path.data", home.resolve("data").toString())
                .put("cluster.name", CLUSTER_NAME)
                .put("node.name", NODE_NAME)
                .put("discovery.type", "single-node")
                .put("network.host", "127.0.0.1")
                .put("http.port", httpPort)
                .put("transport.port", 0)
                // The parent circuit breaker would otherwise compare the whole JVM's heap use (the host application's
                // objects and uncollected garbage included) with 95% of the heap; counting the memory Elasticsearch
                // itself reserves, against 70% of the heap, is the basis that fits a node sharing its JVM.
                .put("indices.breaker.total.use_real_memory", false)
                .build();
    }

    /** After a restart the indices recover from disk; searching them before their primaries are active would fail. */
    private static void awaitIndicesSearchable(Node node) {
        TimeValue timeout = TimeValue.timeValueMillis(STARTUP_TIMEOUT.toMillis());
        ClusterHealthResponse health = node.client().admin().cluster().prepareHealth(timeout)
                .setWaitForYellowStatus()
                .setTimeout(timeout)
                .get();
        if (health.isTimedOut() || health.getStatus() == ClusterHealthStatus.RED) {
            throw new IllegalStateException("Elasticsearch indices did not become available within " + STARTUP_TIMEOUT
                    + " (cluster health " + health.getStatus() + ")");
        }
    }

    /**
     * A build that cannot read its own jar manifest (the jar nested in a Spring Boot fat jar) reports itself as a
     * snapshot and switches on snapshot-only features that a released cluster lacks.
     */
    private static void requireReleaseBuild() {
        if (Build.current().isSnapshot()) {
            throw new IllegalStateException("Elasticsearch reports a snapshot build because it cannot read the manifest"
                    + " of its jar; in a Spring Boot jar, mark org.elasticsearch:elasticsearch as requiresUnpack");
        }
    }

    private static synchronized void configureLoggingOnce() {
        // without it, Elasticsearch's own logger factory is unset and node construction fails with a NullPointerException
        if (!loggingConfigured) {
            LogConfigurator.configureESLogging();
            loggingConfigured = true;
        }
    }

    private static FileChannel lock(Path home) {
        Path lockFile = home.resolve(LOCK_FILE);
        FileChannel channel = null;
        try {
            Files.createDirectories(home);
            channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            if (!tryLock(channel)) {
                throw DataDirectoryInUseException.heldByEmbeddedNode(home, lockFile);
            }
            return channel;
        } catch (IOException e) {
            closeQuietly(channel);
            throw new UncheckedIOException("cannot lock the Elasticsearch data directory " + home, e);
        } catch (RuntimeException e) {
            closeQuietly(channel);
            throw e;
        }
    }

    private static boolean tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock() != null;
        } catch (OverlappingFileLockException heldInThisJvm) {
            return false;
        }
    }

    private static void stop(Node node) {
        try {
            node.close();
            if (!node.awaitClose(SHUTDOWN_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                log.warn("Elasticsearch threads did not stop within {}", SHUTDOWN_TIMEOUT);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot stop Elasticsearch cleanly", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static boolean causedBy(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // releasing the lock on close is all that matters; the OS releases it at exit anyway
            }
        }
    }
}
