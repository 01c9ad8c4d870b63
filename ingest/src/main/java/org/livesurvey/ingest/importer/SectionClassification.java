package org.livesurvey.ingest.importer;

import java.util.List;

import org.livesurvey.ingest.model.ContributionType;

/**
 * What the sections a paper is filed under say about it.
 *
 * @param categories   category paths, the primary first; never empty
 * @param contribution {@code null} unless the sections agree on one clearly named kind
 * @param modality     in the order of {@link SectionClassifier#MODALITY_ORDER}
 * @param training     {@code null} unless the sections agree on one clearly named regime
 */
public record SectionClassification(List<String> categories, ContributionType contribution, List<String> modality,
                                    String training, List<String> tags) {

    public SectionClassification {
        categories = List.copyOf(categories);
        modality = List.copyOf(modality);
        tags = List.copyOf(tags);
    }
}
