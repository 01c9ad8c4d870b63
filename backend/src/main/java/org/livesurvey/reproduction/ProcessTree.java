package org.livesurvey.reproduction;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Stops a process together with everything it started. The tree is listed before anything is stopped: once a parent
 * is gone, its children belong to init and can no longer be found as its descendants.
 */
final class ProcessTree {

    private ProcessTree() {
    }

    /**
     * Asks every process of the tree to terminate (SIGTERM), gives them {@code grace} to do so, then kills what is
     * left (SIGKILL), including anything started meanwhile below a survivor.
     *
     * @return how many processes the tree had
     */
    static int kill(ProcessHandle root, Duration grace) {
        Set<ProcessHandle> tree = snapshot(List.of(root));
        tree.forEach(ProcessHandle::destroy);
        awaitExit(tree, grace);
        Set<ProcessHandle> survivors = snapshot(tree.stream().filter(ProcessHandle::isAlive).toList());
        survivors.forEach(ProcessHandle::destroyForcibly);
        awaitExit(survivors, grace);
        return tree.size();
    }

    private static Set<ProcessHandle> snapshot(List<ProcessHandle> roots) {
        Set<ProcessHandle> tree = new LinkedHashSet<>();
        for (ProcessHandle root : roots) {
            tree.add(root);
            root.descendants().forEach(tree::add);
        }
        return tree;
    }

    private static void awaitExit(Set<ProcessHandle> processes, Duration timeout) {
        List<CompletableFuture<ProcessHandle>> exits = new ArrayList<>();
        processes.forEach(process -> exits.add(process.onExit()));
        try {
            CompletableFuture.allOf(exits.toArray(CompletableFuture[]::new))
                    .get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException stillRunning) {
            // the caller escalates or reports; nothing more to wait for here
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
