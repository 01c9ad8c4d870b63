package org.livesurvey.site.web;

import org.livesurvey.LiveSurveyProperties;
import org.livesurvey.paper.PaperCatalog;
import org.livesurvey.taxonomy.CategoryTreeService;
import org.livesurvey.web.PublicUrls;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** {@code /sitemap.xml} with every page a crawler should know, and {@code /robots.txt} pointing to it. */
@Controller
class SitemapController {

    private final CategoryTreeService categories;
    private final PaperCatalog catalog;
    private final PublicUrls urls;

    SitemapController(CategoryTreeService categories, PaperCatalog catalog, LiveSurveyProperties properties) {
        this.categories = categories;
        this.catalog = catalog;
        this.urls = new PublicUrls(properties);
    }

    @GetMapping("/sitemap.xml")
    ResponseEntity<String> sitemap() {
        String xml = Sitemap.of(categories.tree(), catalog.lastChangePerCategory(), catalog.lastChangePerPaper())
                .toXml(urls);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_XML).body(xml);
    }

    @GetMapping("/robots.txt")
    ResponseEntity<String> robots() {
        // the API and the admin endpoints are for programs; result pages of searches are endless variations
        String robots = """
                User-agent: *
                Disallow: /api/
                Disallow: /search/suggestions
                Allow: /

                Sitemap: %s
                """.formatted(urls.of("/sitemap.xml"));
        return ResponseEntity.ok().contentType(MediaType.TEXT_PLAIN).body(robots);
    }
}
