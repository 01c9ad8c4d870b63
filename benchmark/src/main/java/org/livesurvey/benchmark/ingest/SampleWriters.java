package org.livesurvey.benchmark.ingest;

import java.util.List;

/** Every format the benchmark writes, in the order it measures them. */
final class SampleWriters {

    private static final List<SampleWriter> ALL = List.of(
            new ArxivAtomWriter(),
            new ArxivOaiWriter(),
            new BibtexWriter(),
            new RisWriter(),
            new OpenAlexWriter(),
            new SemanticScholarWriter(),
            new CslJsonWriter(),
            new CorpusJsonlWriter());

    private SampleWriters() {
    }

    static List<SampleWriter> all() {
        return ALL;
    }

    static List<String> keys() {
        return ALL.stream().map(SampleWriter::key).toList();
    }

    /** The writers of the keys, in the order of {@link #all()}. */
    static List<SampleWriter> of(List<String> keys) {
        return ALL.stream().filter(writer -> keys.contains(writer.key())).toList();
    }
}
