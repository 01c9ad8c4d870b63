package org.livesurvey.ingest.importer;

import java.util.List;
import java.util.regex.Pattern;

import org.livesurvey.ingest.model.ContributionType;

/**
 * What one section of one curated list says about the papers filed in it. Each attribute is {@code null} (or empty)
 * when the section name does not say it clearly.
 *
 * @param section  matched against the whole section path, case-insensitively
 * @param category a category path, or {@code null}
 */
public record SectionRule(String list, Pattern section, String category, ContributionType contribution,
                          List<String> modality, String training, List<String> tags) {

    public SectionRule {
        modality = List.copyOf(modality);
        tags = List.copyOf(tags);
    }

    public boolean matches(String sectionPath) {
        return section.matcher(sectionPath == null ? "" : sectionPath).matches();
    }
}
