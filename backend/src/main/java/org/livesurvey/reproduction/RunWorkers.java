package org.livesurvey.reproduction;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.livesurvey.LiveSurveyProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * This instance's share of the runner, when {@code livesurvey.runner.enabled}: its workers and the scheduler, started
 * once the application is ready (the start-up sync has written the reproductions by then) and stopped when it shuts
 * down, which puts running jobs back in the queue.
 */
@Component
class RunWorkers implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(RunWorkers.class);
    /** Enough for a stopped job's process tree to be killed (SIGTERM, grace, SIGKILL) and the job requeued. */
    private static final Duration SHUTDOWN_WAIT = ExperimentProcess.KILL_GRACE.multipliedBy(3);

    private final RunnerProperties settings;
    private final LiveSurveyProperties application;
    private final RunQueue queue;
    private final RunRecorder recorder;
    private final RunScheduler scheduler;
    private final ResultValidator validator;
    private final HostFacts host;
    private final ScheduledExecutorService control = Executors.newSingleThreadScheduledExecutor(
            daemonThreads("runner-scheduler"));
    private final ScheduledExecutorService heartbeats = Executors.newSingleThreadScheduledExecutor(
            daemonThreads("runner-heartbeat"));
    private final List<RunWorker> workers = new ArrayList<>();
    private ExecutorService workerThreads;

    RunWorkers(RunnerProperties settings, LiveSurveyProperties application, RunQueue queue, RunRecorder recorder,
               RunScheduler scheduler, ResultValidator validator, HostFacts host) {
        this.settings = settings;
        this.application = application;
        this.queue = queue;
        this.recorder = recorder;
        this.scheduler = scheduler;
        this.validator = validator;
        this.host = host;
    }

    @EventListener(ApplicationReadyEvent.class)
    void startWhenReady() {
        if (!settings.enabled()) {
            log.info("The reproduction runner is off here (livesurvey.runner.enabled=false): no worker, no scheduler");
            return;
        }
        // finding out about the GPU starts Python: not on the thread that finishes the application's start
        control.execute(this::start);
    }

    private synchronized void start() {
        Set<HardwareClass> hardware = HardwareDetection.classes(settings.gpu(), settings.python());
        JobExecutor executor = new JobExecutor(settings.python(), settings.experimentsDir(),
                settings.workDirUnder(application.dataDir()), (int) settings.logCap().toBytes(), validator, queue,
                recorder, host);
        workerThreads = Executors.newFixedThreadPool(settings.workerThreads(), daemonThreads("runner-worker"));
        String process = host.host() + ":" + ProcessHandle.current().pid();
        for (int i = 1; i <= settings.workerThreads(); i++) {
            RunWorker worker = new RunWorker(process + "/" + i, hardware, queue, executor, settings.lease(),
                    settings.maxAttempts(), heartbeats);
            workers.add(worker);
            workerThreads.execute(() -> worker.runUntilStopped(settings.pollInterval()));
        }
        control.scheduleWithFixedDelay(() -> enqueueDue(hardware), 0, settings.scheduleInterval().toMillis(),
                TimeUnit.MILLISECONDS);
    }

    private void enqueueDue(Set<HardwareClass> hardware) {
        try {
            scheduler.enqueueDue(hardware);
        } catch (RuntimeException e) {
            log.warn("The scheduler could not look for due reproductions: {}", e.toString());
        }
    }

    @Override
    public void destroy() throws InterruptedException {
        control.shutdownNow();
        synchronized (this) {
            workers.forEach(RunWorker::stop);
            if (workerThreads != null) {
                workerThreads.shutdown();
                if (!workerThreads.awaitTermination(SHUTDOWN_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                    log.warn("Runner workers still busy after {} s; their runs are taken up after their lease",
                            SHUTDOWN_WAIT.toSeconds());
                }
            }
        }
        heartbeats.shutdownNow();
    }

    private static ThreadFactory daemonThreads(String name) {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
