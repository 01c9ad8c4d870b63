package org.livesurvey.embedded.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;

import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.Lock;
import org.apache.lucene.store.NativeFSLockFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.livesurvey.embedded.search.OfficialClient.Paper;

class EmbeddedElasticsearchRestartTest {

    @TempDir
    Path temp;

    @Test
    void keepsDocumentsAcrossRestarts() throws Exception {
        Path data = temp.resolve("es");
        try (EmbeddedElasticsearch node = EmbeddedElasticsearch.start(data, 0); OfficialClient es = OfficialClient.connect(node)) {
            es.createPapersIndex("papers");
            es.index("papers", List.of(
                    Paper.of("Group Relative Policy Optimization", "Zhihong Shao", "reinforcement-learning"),
                    Paper.of("Self-Consistency Improves Chain of Thought Reasoning", "Xuezhi Wang", "reasoning")));
        }

        try (EmbeddedElasticsearch node = EmbeddedElasticsearch.start(data, 0); OfficialClient es = OfficialClient.connect(node)) {
            assertThat(es.client.count(count -> count.index("papers")).count()).isEqualTo(2);
            assertThat(es.client.search(search -> search.index("papers")
                    .query(q -> q.match(m -> m.field("title").query("optimizing policies"))), Paper.class)
                    .hits().hits()).extracting(hit -> hit.source().title()).containsExactly("Group Relative Policy Optimization");
        }
    }

    @Test
    void namesTheDirectoryWhenAnotherElasticsearchNodeHoldsIt() throws Exception {
        Path data = temp.resolve("es");
        // what a separately started Elasticsearch on the same path holds: the node lock in path.data
        try (Directory dataPath = FSDirectory.open(data.resolve("data"), NativeFSLockFactory.INSTANCE);
             Lock nodeLock = dataPath.obtainLock("node.lock")) {
            assertThatThrownBy(() -> EmbeddedElasticsearch.start(data, 0))
                    .isInstanceOf(DataDirectoryInUseException.class)
                    .hasMessageContaining(data.toAbsolutePath().toString())
                    .hasMessageContaining("in use by another Elasticsearch node");
            nodeLock.ensureValid();
        }
        try (EmbeddedElasticsearch node = EmbeddedElasticsearch.start(data, 0)) {
            assertThat(node.httpPort()).as("the directory is usable once the other node is gone").isPositive();
        }
    }
}
