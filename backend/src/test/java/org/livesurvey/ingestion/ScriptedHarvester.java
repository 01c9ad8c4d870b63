package org.livesurvey.ingestion;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Consumer;

/**
 * A harvester that hands over the pages a test gave it, then fails as told or completes; it remembers what each
 * harvest asked for.
 */
class ScriptedHarvester implements RecordHarvester {

    private final Deque<Script> scripts = new ArrayDeque<>();
    private final List<HarvestRequest> requests = new ArrayList<>();

    /** The next harvest hands over these pages and completes. */
    synchronized ScriptedHarvester thenPages(HarvestedPage... pages) {
        scripts.add(new Script(List.of(pages), null));
        return this;
    }

    /** The next harvest hands over these pages, then fails with this. */
    synchronized ScriptedHarvester thenPagesAndFailure(RuntimeException failure, HarvestedPage... pages) {
        scripts.add(new Script(List.of(pages), failure));
        return this;
    }

    synchronized List<HarvestRequest> requests() {
        return List.copyOf(requests);
    }

    synchronized void reset() {
        scripts.clear();
        requests.clear();
    }

    @Override
    public HarvestResult harvest(HarvestRequest request, Consumer<HarvestedPage> pages) {
        Script script;
        synchronized (this) {
            requests.add(request);
            script = scripts.isEmpty() ? new Script(List.of(), null) : scripts.poll();
        }
        int records = 0;
        for (HarvestedPage page : script.pages()) {
            pages.accept(page);
            records += page.records().size();
        }
        if (script.failure() != null) {
            throw script.failure();
        }
        return new HarvestResult(script.pages().size(), records, true);
    }

    private record Script(List<HarvestedPage> pages, RuntimeException failure) {
    }
}
