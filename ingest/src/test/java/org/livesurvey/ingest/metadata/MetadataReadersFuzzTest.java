package org.livesurvey.ingest.metadata;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.livesurvey.ingest.source.arxiv.ArxivAtomReader;
import org.livesurvey.ingest.source.arxiv.ArxivOaiReader;
import org.livesurvey.ingest.source.bibtex.BibtexReader;
import org.livesurvey.ingest.source.corpus.CorpusMetadataReader;
import org.livesurvey.ingest.source.csl.CslJsonReader;
import org.livesurvey.ingest.source.openalex.OpenAlexReader;
import org.livesurvey.ingest.source.ris.RisReader;
import org.livesurvey.ingest.source.semanticscholar.SemanticScholarReader;

/**
 * Every reader, and content sniffing over all of them, keeps its {@link ReadContract} on inputs that Jazzer makes
 * from the real fixtures of each format and from a few hostile seeds (deep nesting, huge numbers, bytes that are not
 * UTF-8, entries that never close).
 *
 * <p>The first byte of an input picks the target and the rest is its content, so that one fuzzing run serves them
 * all: Jazzer fuzzes one test per JVM, and starting a JVM per reader would cost more than the fuzzing. A mutated
 * first byte hands one format's input to another reader, which is an input worth trying too.
 *
 * <p>The whole test run ({@code ./livesurvey test}) runs this class in a JVM of its own with {@code JAZZER_FUZZ=1}
 * (the {@code fuzz} profile of {@code ingest/pom.xml}; {@code -Dfuzzing=} runs the seeds only), with a fixed libFuzzer
 * seed and at most the executions set below: every clean run tries the same inputs in the same order (about a minute
 * here), so a run that passed on one machine passes on another, and a time limit only cuts the same path short. Jazzer keeps the inputs that reached new code in {@code ingest/target/fuzz/.cifuzz-corpus}, so later runs
 * start from them; a crashing input is saved there and under {@code ingest/target/fuzz-findings}. A run of chosen
 * tests that names this class runs its seeds, which is deterministic.
 */
class MetadataReadersFuzzTest {

    private static final List<Target> TARGETS = List.of(
            new Target("arxiv_atom", new ArxivAtomReader(), "fuzz.xml"),
            new Target("arxiv_oai", new ArxivOaiReader(), "fuzz.xml"),
            new Target("bibtex", new BibtexReader(), "fuzz.bib"),
            new Target("ris", new RisReader(), "fuzz.ris"),
            new Target("openalex", new OpenAlexReader(), "fuzz.json"),
            new Target("semantic_scholar", new SemanticScholarReader(), "fuzz.json"),
            new Target("csl_json", new CslJsonReader(), "fuzz.json"),
            new Target("corpus", new CorpusMetadataReader(), "fuzz.jsonl"),
            new Target("sniffing", null, "fuzz"));

    private static final List<String> CORPUS_SAMPLES = List.of("corpus-papers.jsonl", "corpus-arxiv-metadata.jsonl",
            "corpus-arxiv-daily-2026-02-02.jsonl");

    private static final AtomicLongArray INPUTS = new AtomicLongArray(TARGETS.size());

    @MethodSource("seeds")
    @FuzzTest(maxDuration = "120s", maxExecutions = 30_000)
    void everyReaderReadsOrRefuses(byte[] input) {
        if (input.length == 0) {
            return;
        }
        int index = Byte.toUnsignedInt(input[0]) % TARGETS.size();
        Target target = TARGETS.get(index);
        byte[] content = Arrays.copyOfRange(input, 1, input.length);
        INPUTS.incrementAndGet(index);
        if (target.reader() == null) {
            MetadataFormats formats = MetadataFormats.all();
            ReadContract.check(target.name(), content, bytes -> {
                formats.readers().forEach(reader -> reader.recognises(head(bytes), target.fileName()));
                return formats.read(bytes, target.fileName());
            });
        } else {
            ReadContract.check(target.reader(), content, target.fileName());
        }
    }

    @AfterAll
    static void inputsPerTarget() {
        StringBuilder counts = new StringBuilder("fuzz inputs per target:");
        IntStream.range(0, TARGETS.size()).forEach(i ->
                counts.append(' ').append(TARGETS.get(i).name()).append('=').append(INPUTS.get(i)));
        System.out.println(counts);
    }

    /** The fixtures of each format for its reader, all of them for sniffing, and the hostile seeds. */
    static Stream<Arguments> seeds() {
        List<byte[]> seeds = new ArrayList<>();
        for (int index = 0; index < TARGETS.size(); index++) {
            for (byte[] sample : samples(TARGETS.get(index).name())) {
                seeds.add(seed(index, sample));
            }
            for (String hostile : HostileSeeds.of(TARGETS.get(index).name())) {
                seeds.add(seed(index, hostile.getBytes(StandardCharsets.UTF_8)));
            }
        }
        seeds.add(seed(indexOf("corpus"), new byte[] {'{', '"', 't', (byte) 0xC3, (byte) 0x28, '"', '}'}));
        seeds.add(seed(indexOf("bibtex"), new byte[] {'@', 'a', '{', 'k', ',', 't', '=', '{', (byte) 0xFF, '}', '}'}));
        return seeds.stream().map(seed -> Arguments.of((Object) seed));
    }

    private static List<byte[]> samples(String target) {
        return switch (target) {
            case "corpus" -> CORPUS_SAMPLES.stream().map(MetadataReadersFuzzTest::resource).toList();
            case "sniffing" -> TARGETS.stream().map(Target::name).filter(name -> !name.equals("sniffing"))
                    .flatMap(name -> samples(name).stream()).toList();
            default -> Fixtures.of(target).stream().map(Fixtures::bytes).toList();
        };
    }

    private static byte[] resource(String sample) {
        try (InputStream in = MetadataReadersFuzzTest.class.getResourceAsStream("/metadata/" + sample)) {
            if (in == null) {
                throw new IllegalStateException("no test resource metadata/" + sample);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] seed(int target, byte[] content) {
        byte[] seed = new byte[content.length + 1];
        seed[0] = (byte) target;
        System.arraycopy(content, 0, seed, 1, content.length);
        return seed;
    }

    private static int indexOf(String name) {
        return IntStream.range(0, TARGETS.size()).filter(i -> TARGETS.get(i).name().equals(name)).findFirst()
                .orElseThrow();
    }

    private static byte[] head(byte[] content) {
        return Arrays.copyOf(content, Math.min(content.length, ReadLimits.SNIFF_BYTES));
    }

    /**
     * @param name     the fixtures folder of the format
     * @param reader   {@code null} for content sniffing over every reader
     * @param fileName what the reader is told the input is called
     */
    private record Target(String name, MetadataReader reader, String fileName) {
    }
}
