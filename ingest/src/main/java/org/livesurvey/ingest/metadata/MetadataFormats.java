package org.livesurvey.ingest.metadata;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.livesurvey.ingest.source.arxiv.ArxivAtomReader;
import org.livesurvey.ingest.source.arxiv.ArxivOaiReader;
import org.livesurvey.ingest.source.bibtex.BibtexReader;
import org.livesurvey.ingest.source.corpus.CorpusMetadataReader;
import org.livesurvey.ingest.source.csl.CslJsonReader;
import org.livesurvey.ingest.source.openalex.OpenAlexReader;
import org.livesurvey.ingest.source.ris.RisReader;
import org.livesurvey.ingest.source.semanticscholar.SemanticScholarReader;

/** Every metadata format LiveSurvey reads, and content sniffing that picks the reader for an input. */
public final class MetadataFormats {

    private final List<MetadataReader> readers;

    public MetadataFormats(List<MetadataReader> readers) {
        this.readers = List.copyOf(readers);
    }

    /** The readers of every supported format, the most specific first (a corpus line is also JSON). */
    public static MetadataFormats all() {
        return new MetadataFormats(List.of(
                new ArxivAtomReader(),
                new ArxivOaiReader(),
                new CorpusMetadataReader(),
                new OpenAlexReader(),
                new SemanticScholarReader(),
                new CslJsonReader(),
                new BibtexReader(),
                new RisReader()));
    }

    public List<MetadataReader> readers() {
        return readers;
    }

    /**
     * The reader for the content, chosen by its first bytes (the name is a hint only).
     *
     * @throws MetadataReadException ({@link MetadataReadException.Kind#UNKNOWN_FORMAT}) naming the formats tried
     */
    public MetadataReader readerFor(byte[] content, String name) {
        byte[] head = Arrays.copyOf(content, Math.min(content.length, ReadLimits.SNIFF_BYTES));
        return readers.stream()
                .filter(reader -> reader.recognises(head, name))
                .findFirst()
                .orElseThrow(() -> unrecognised(head, name));
    }

    /** Sniffs the format and reads the whole input. */
    public MetadataBatch read(byte[] content, String name) {
        ReadLimits.checkInputSize(name, content.length);
        return readerFor(content, name).read(content, name);
    }

    /** An XML document that declares entities is refused as such, whatever it claims to be: the likelier intent. */
    private MetadataReadException unrecognised(byte[] head, String name) {
        String xml = SafeXml.xmlHead(head);
        if (xml != null && xml.contains("<!DOCTYPE") && xml.contains("<!ENTITY")) {
            return MetadataReadException.unsafe(name, "an XML document that declares entities (no metadata format"
                    + " needs a DOCTYPE)");
        }
        return MetadataReadException.unknownFormat(name, formatNames());
    }

    private String formatNames() {
        return readers.stream().map(MetadataReader::format).collect(Collectors.joining(", "));
    }
}
