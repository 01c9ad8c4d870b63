package org.livesurvey.taxonomy.web;

import org.livesurvey.taxonomy.SyncSummary;
import org.livesurvey.taxonomy.TaxonomySyncService;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/admin/sync}: syncs the taxonomy directory now and answers what changed. The bearer token is
 * checked before this controller runs (see {@code org.livesurvey.web.AdminTokenInterceptor}).
 */
@RestController
class AdminSyncController {

    private final TaxonomySyncService sync;

    AdminSyncController(TaxonomySyncService sync) {
        this.sync = sync;
    }

    @PostMapping("/api/v1/admin/sync")
    SyncSummary sync() {
        return sync.syncForAdmin();
    }
}
