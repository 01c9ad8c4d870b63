package org.livesurvey.ingest.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.livesurvey.ingest.model.Category;
import org.livesurvey.ingest.model.Identifiers;
import org.livesurvey.ingest.model.Links;
import org.livesurvey.ingest.model.Paper;
import org.livesurvey.ingest.model.PartialDate;
import org.livesurvey.ingest.model.Taxonomy;

class PaperListRendererTest {

    private static final Category MERGING = new Category("efficiency/token-compression", "token-compression",
            "Token compression", "Merging or dropping tokens.", List.of(), List.of());
    private static final Category EFFICIENCY = new Category("efficiency", "efficiency", "Efficiency",
            "Cheaper models.", List.of(), List.of(MERGING));

    @Test
    void rendersTheTreeAsContentsAndEachNodesPapersNewestFirst() {
        Paper older = paper("2401.00001", "Older & <wiser> [sic]", List.of("A. One"), "2024-01", null,
                "https://arxiv.org/abs/2401.00001", null, "efficiency/token-compression");
        Paper newer = paper("2504.17040", "DyMU: Dynamic Merging", List.of("Z. Wang", "S. P", "C. X", "S. S"),
                "2025-04-23", "NeurIPS 2025", "https://arxiv.org/abs/2504.17040", "https://github.com/x/dymu (fork)",
                "efficiency/token-compression");
        Paper undated = paper("slug-paper", "No_date *bold*", List.of(), null, null, null, null, "efficiency");

        String list = new PaperListRenderer().render(new Taxonomy(List.of(EFFICIENCY), List.of(older, undated, newer),
                List.of()));

        assertThat(list).isEqualTo(PaperListRenderer.HEADER + """
                3 papers in 2 categories. A paper is listed under every category it is filed in.

                ## Contents

                - [Efficiency](#efficiency) (1)
                  - [Token compression](#efficiency-token-compression) (2)

                ## Efficiency <a id="efficiency"></a>

                Cheaper models.

                - **No\\_date \\*bold\\***.

                ### Token compression <a id="efficiency-token-compression"></a>

                Merging or dropping tokens.

                - **[DyMU: Dynamic Merging](https://arxiv.org/abs/2504.17040)** — Z. Wang, S. P, C. X et al. *NeurIPS 2025*, 2025. [[code](https://github.com/x/dymu%20%28fork%29)]
                - **[Older &amp; &lt;wiser> \\[sic\\]](https://arxiv.org/abs/2401.00001)** — A. One. 2024.
                """);
    }

    @Test
    void theSameFilesGiveTheSameList() {
        Paper a = paper("2401.00001", "Same day A", List.of(), "2024-01-01", null, null, null, "efficiency");
        Paper b = paper("2401.00002", "Same day B", List.of(), "2024-01-01", null, null, null, "efficiency");
        PaperListRenderer renderer = new PaperListRenderer();

        assertThat(renderer.render(new Taxonomy(List.of(EFFICIENCY), List.of(a, b), List.of())))
                .isEqualTo(renderer.render(new Taxonomy(List.of(EFFICIENCY), List.of(b, a), List.of())));
    }

    private static Paper paper(String id, String title, List<String> authors, String published, String venue,
                               String landing, String code, String category) {
        return new Paper(id, title, authors, published == null ? null : PartialDate.parse(published), null, venue,
                Identifiers.NONE, new Links(landing, null, code, null), null, List.of(category), List.of(), null,
                List.of(), null, List.of(), List.of());
    }
}
