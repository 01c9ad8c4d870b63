package org.livesurvey.paper;

import java.time.OffsetDateTime;
import java.util.List;

import org.livesurvey.paper.PaperDetails.CategoryRef;
import org.livesurvey.paper.PaperDetails.PaperClaim;
import org.livesurvey.paper.PaperDetails.PaperIdentifiers;
import org.livesurvey.paper.PaperDetails.PaperLinks;
import org.livesurvey.paper.PaperDetails.PaperSource;

/** Papers as the service hands them to controllers, for the web slice tests. */
public final class TestPapers {

    public static final OffsetDateTime CHANGED_AT = OffsetDateTime.parse("2025-05-01T10:15:30Z");

    private TestPapers() {
    }

    public static PaperDetails dymu() {
        return new PaperDetails(
                "2504.17040",
                "DyMU: Dynamic Merging and Virtual Unmerging for Efficient VLMs",
                List.of("Zhenhailong Wang", "Senthil Purushwalkam"),
                false,
                "2025-04-23",
                "2025-10-01",
                "NeurIPS 2025",
                new PaperIdentifiers("2504.17040", "10.48550/arXiv.2504.17040"),
                new PaperLinks("https://arxiv.org/abs/2504.17040", "https://arxiv.org/pdf/2504.17040",
                        "https://github.com/MikeWangWZHL/dymu", null, null),
                "We present DyMU, an efficient, training-free framework.",
                List.of(new CategoryRef("efficiency/token-compression", "Token compression")),
                List.of("token-merging", "training-free"),
                "method",
                List.of("image", "text"),
                "training-free",
                List.of(new PaperClaim("token-reduction-low", "DyMU-low keeps 15.5% of the visual tokens.",
                                "visual_token_reduction", 84.5, null, null, "percent", "LLaVA-1.5-7B", "Table 2"),
                        new PaperClaim("token-reduction-range", null, "visual_token_reduction", null, 32.0, 85.0,
                                "percent", null, "Abstract")),
                List.of(new PaperSource("joslefaure/Awesome-Multimodal-Token-Compression", "Image-LLM > 2025 Image")),
                3,
                CHANGED_AT);
    }

    /** A paper whose curated text is full of markup, which pages must show as text. */
    public static PaperDetails withMarkup() {
        return new PaperDetails(
                "escaping-in-titles",
                "Escaping <script>alert('title')</script> & friends",
                List.of("Ada <b>Bold</b> Lovelace"),
                false,
                "2024",
                null,
                null,
                new PaperIdentifiers(null, null),
                new PaperLinks(null, null, null, null, null),
                "An abstract with <img src=x onerror=alert(1)> markup.",
                List.of(new CategoryRef("alignment/preference-optimization", "Preference <i>optimization</i>")),
                List.of(),
                null,
                List.of(),
                null,
                List.of(),
                List.of(),
                1,
                CHANGED_AT);
    }

    /** An arXiv preprint with a published version elsewhere, whose source listed only its first authors. */
    public static PaperDetails otc() {
        return new PaperDetails(
                "2504.14870",
                "OTC: Optimal Tool Calls via Reinforcement Learning",
                List.of("Hongru Wang", "Cheng Qian"),
                true,
                "2025-04",
                null,
                null,
                new PaperIdentifiers("2504.14870", null),
                new PaperLinks("https://arxiv.org/abs/2504.14870", null, null, null,
                        "https://openreview.net/forum?id=otc2025"),
                null,
                List.of(new CategoryRef("efficiency/reasoning-economy/long2short-rl", "Long-to-short RL")),
                List.of(),
                null,
                List.of(),
                "rl",
                List.of(),
                List.of(),
                1,
                CHANGED_AT);
    }
}
