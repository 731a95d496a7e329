package dk.skranke.central.whatif;

import dk.skranke.central.engine.Ids;
import dk.skranke.core.branch.Branch;
import dk.skranke.core.error.ConflictException;
import dk.skranke.core.error.DomainException;
import dk.skranke.core.whatif.RunControl;
import dk.skranke.core.whatif.SimulationCancelledException;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What-if runs as background jobs, one at a time on their own thread so the live queue never waits for a
 * simulation. Finished jobs are kept for an hour to be read; at most {@link #MAX_ACTIVE} wait or run.
 */
public final class WhatIfJobs implements AutoCloseable {
    public static final int MAX_ACTIVE = 4;
    static final Duration KEEP_FINISHED = Duration.ofHours(1);
    private static final Logger log = LoggerFactory.getLogger(WhatIfJobs.class);

    private final WhatIfRunner runner;
    private final Clock clock;
    private final Ids ids = new Ids();
    private final Map<String, WhatIfJob> jobs = new ConcurrentHashMap<>();
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "what-if");
        thread.setDaemon(true);
        return thread;
    });

    public WhatIfJobs(WhatIfRunner runner, Clock clock) {
        this.runner = runner;
        this.clock = clock;
    }

    /** Queues a run; 409 {@code busy} when {@link #MAX_ACTIVE} runs are already waiting or running. */
    public synchronized WhatIfJob submit(Branch branch, WhatIfRequest request) {
        forgetOldJobs();
        if (jobs.values().stream().filter(WhatIfJob::isActive).count() >= MAX_ACTIVE) {
            throw new ConflictException("busy", MAX_ACTIVE + " what-if runs are already waiting or running;"
                    + " try again when one has finished");
        }
        WhatIfJob job = new WhatIfJob(ids.next("w_"), branch.id(),
                clock.instant().atZone(branch.hours().zone()).toOffsetDateTime());
        jobs.put(job.id(), job);
        executor.execute(() -> run(job, branch, request));
        return job;
    }

    public Optional<WhatIfJob> find(String id) {
        forgetOldJobs();
        return Optional.ofNullable(jobs.get(id));
    }

    /** Asks a job to stop; it ends as {@code cancelled} within about 1 % of its run. */
    public void cancel(WhatIfJob job) {
        job.requestCancel();
    }

    private void run(WhatIfJob job, Branch branch, WhatIfRequest request) {
        if (job.cancelRequested()) {
            job.failed(WhatIfJob.State.CANCELLED, "cancelled", "the run was cancelled", clock.instant());
            return;
        }
        job.running();
        log.info("what-if started job={} branch={}", job.id(), branch.id());
        try {
            job.done(runner.run(branch, request, new RunControl(job::progress, job::cancelRequested)),
                    clock.instant());
            log.info("what-if done job={}", job.id());
        } catch (SimulationCancelledException e) {
            job.failed(WhatIfJob.State.CANCELLED, e.code(), "the run was cancelled", clock.instant());
        } catch (DomainException e) {
            job.failed(WhatIfJob.State.FAILED, e.code(), e.getMessage(), clock.instant());
        } catch (RuntimeException e) {
            log.error("what-if failed job={}", job.id(), e);
            job.failed(WhatIfJob.State.FAILED, "internal", "the run failed unexpectedly", clock.instant());
        }
    }

    private void forgetOldJobs() {
        var cutoff = clock.instant().minus(KEEP_FINISHED);
        jobs.values().removeIf(job -> job.ended() != null && job.ended().isBefore(cutoff));
    }

    @Override
    public void close() {
        jobs.values().forEach(WhatIfJob::requestCancel);
        executor.shutdownNow();
    }
}
