package org.livesurvey.ingest.source.json;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Supplier;

import org.livesurvey.ingest.metadata.MetadataBatch;
import org.livesurvey.ingest.metadata.MetadataRecord;
import org.livesurvey.ingest.metadata.ReadLimits.FieldTooLongException;
import org.livesurvey.ingest.source.ReadProblem;

/**
 * The records of one input and a problem for each record that could not be read, so that one broken record never
 * hides the others.
 *
 * <p>A record needs a title or an identifier: without a title it cannot become a paper, but with a DOI or an arXiv
 * id it can still complete a paper known by that id (a Semantic Scholar answer asked only for authors, a CSL item
 * that names only its DOI). A record with neither says nothing usable and becomes a problem.
 */
public final class BatchCollector {

    private final String format;
    private final String name;
    private final List<MetadataRecord> records = new ArrayList<>();
    private final List<ReadProblem> problems = new ArrayList<>();

    public BatchCollector(String format, String name) {
        this.format = format;
        this.name = name;
    }

    /** How records of this input name where they stand: {@code name:line}. */
    public String origin(int line) {
        return name + ":" + line;
    }

    /**
     * Reads one record, or reports why it cannot be read.
     *
     * @param label names the record in a problem when its line alone does not (e.g. {@code entry 3}), or
     *              {@code null}
     */
    public void add(int line, String label, Supplier<MetadataRecord> reading) {
        try {
            MetadataRecord record = reading.get();
            if (record.title() == null && record.doi() == null && record.arxivId() == null) {
                problem(line, label, "no title and no DOI or arXiv id: nothing to match the record by");
            } else {
                records.add(record);
            }
        } catch (InvalidRecordException | FieldTooLongException e) {
            problem(line, label, e.getMessage());
        }
    }

    /**
     * Reads one record from a JSON object, or reports that the item is not one.
     *
     * @param kind   what the object is called in the problem, e.g. {@code work} ("not a work object")
     * @param mapper the object's fields and the record's origin to the record
     */
    public void addObject(LocatedNode item, String label, String kind,
                          BiFunction<JsonFields, String, MetadataRecord> mapper) {
        add(item.line(), label, () -> {
            if (!item.node().isObject()) {
                throw new InvalidRecordException("not a " + kind + " object");
            }
            return mapper.apply(JsonFields.of(item.node()), origin(item.line()));
        });
    }

    public void problem(int line, String label, String message) {
        problems.add(new ReadProblem(name, line, label == null ? message : label + ": " + message));
    }

    public MetadataBatch build(MetadataBatch.Paging paging) {
        return new MetadataBatch(format, records, problems, paging);
    }
}
