package org.livesurvey.search.engine;

import java.net.URI;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * An external Elasticsearch cluster, under the {@code spring.elasticsearch.*} names operators know from Spring Boot
 * (whose own Elasticsearch auto-configuration is not on the classpath). With no URI the embedded node is used.
 *
 * @param uris     the nodes' HTTP addresses, e.g. {@code http://es1:9200}
 * @param username for basic authentication; unset means none
 */
@ConfigurationProperties(prefix = "spring.elasticsearch")
public record ElasticsearchClusterProperties(@DefaultValue List<URI> uris, String username, String password) {

    /** Never prints the password: these settings end up in logs and failure reports. */
    @Override
    public String toString() {
        return "ElasticsearchClusterProperties[uris=" + uris + ", username=" + username + ", password="
                + (password == null ? "(unset)" : "(set)") + "]";
    }
}
