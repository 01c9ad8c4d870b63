package org.livesurvey.ingest.metadata;

/**
 * Reads one metadata format. Readers are stateless; one broken record becomes a problem of the batch and the rest
 * are still read, while a file that cannot be read at all (or is unsafe, too large, or a service's error answer)
 * throws.
 */
public interface MetadataReader {

    /** The format's name as users know it, e.g. {@code arXiv API (Atom)}. */
    String format();

    /**
     * Whether the content looks like this format, from its first bytes and its name; cheap, never throws.
     *
     * @param head the first {@link ReadLimits#SNIFF_BYTES} bytes at most
     */
    boolean recognises(byte[] head, String name);

    /**
     * @param name how messages name the input (a file name, or {@code -} for standard input)
     * @throws MetadataReadException when the input as a whole cannot be read
     */
    MetadataBatch read(byte[] content, String name);
}
