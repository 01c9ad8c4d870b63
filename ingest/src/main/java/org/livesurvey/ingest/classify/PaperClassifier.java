package org.livesurvey.ingest.classify;

/** Says whether a paper belongs in the survey and where. Thread-safe; deterministic for a given taxonomy. */
public interface PaperClassifier {

    Classification classify(ClassifierInput input);
}
