package org.livesurvey.ingest.source.json;

import org.livesurvey.ingest.metadata.MetadataRecord;
import org.livesurvey.ingest.metadata.PersonNames;

/** Author lists as JSON sources give them, where "et al." or "others" may stand in the place of a name. */
public final class Authors {

    private Authors() {
    }

    /** Adds the author, or marks the list as cut short when the "name" says so. */
    public static void add(MetadataRecord.Builder record, String name) {
        if (PersonNames.isTruncationMarker(name)) {
            record.authorsTruncated(true);
        } else {
            record.author(name);
        }
    }
}
