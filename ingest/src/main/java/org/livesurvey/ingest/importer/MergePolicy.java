package org.livesurvey.ingest.importer;

/** Which side wins when an incoming description of a paper meets one that is already there. */
public enum MergePolicy {

    /**
     * List metadata meeting a paper file: what the file says stays (it may be hand-curated); the input only fills
     * fields the file leaves empty and adds its sources.
     */
    KEEP_EXISTING,

    /**
     * Two descriptions from the same input (duplicates within one import): neither is curated, so list-like fields
     * (categories, tags, modality, sources) are joined and scalars keep the first value.
     */
    COMBINE,

    /** Curated metadata (e.g. a founding paper's): every field it gives replaces the existing one; sources are joined. */
    PREFER_INCOMING
}
