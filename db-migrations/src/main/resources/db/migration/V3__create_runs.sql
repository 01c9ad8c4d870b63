-- Runs of reproductions: the runner's job queue and every run's outcome, with the verdict on each claim it checks.

-- One row per run, from queued to finished. Workers on any machine claim queued rows with FOR UPDATE SKIP LOCKED;
-- a running row is theirs while its lease lasts, and each heartbeat extends the lease. A row whose lease expired
-- (its worker died mid-job) is claimed again until it has used its attempts, then failed.
create table run (
    id               bigserial primary key,
    reproduction_id  text not null references reproduction (id) on delete cascade,
    status           text not null check (status in ('queued', 'running', 'succeeded', 'failed', 'cancelled')),
    origin           text not null check (origin in ('scheduled', 'manual', 'imported')),
    hardware         text not null check (hardware in ('cpu', 'gpu')), -- the class it needs (imported: it ran on)
    queued_at        timestamptz not null default now(),
    started_at       timestamptz,
    finished_at      timestamptz,
    attempts         integer not null default 0 check (attempts >= 0),
    worker_id        text,                      -- who holds or last held it: host:pid/thread
    heartbeat_at     timestamptz,
    lease_expires_at timestamptz,
    failure_reason   text,
    metrics          jsonb,                     -- flat name -> number, from the result file
    result           jsonb,                     -- the whole result file
    provenance       jsonb,                     -- commit, command, parameters, seed, hardware, versions, times, host
    result_hash      text,                      -- SHA-256 of an imported result file: importing it again is a no-op
    log              text,                      -- the process's output, head and tail kept within the runner's cap
    check ((status in ('succeeded', 'failed', 'cancelled')) = (finished_at is not null))
);
-- the queue: what a worker of a hardware class claims next, oldest first
create index run_queued_idx on run (hardware, queued_at, id) where status = 'queued';
-- leases to reclaim
create index run_running_lease_idx on run (lease_expires_at) where status = 'running';
-- at most one run waiting or running per reproduction: the scheduler of every instance may try to enqueue it
create unique index run_one_pending_idx on run (reproduction_id) where status in ('queued', 'running');
create index run_history_idx on run (reproduction_id, id);
create unique index run_imported_result_idx on run (reproduction_id, result_hash) where result_hash is not null;

-- The verdict of a finished run on each claim its reproduction checks. The claim's figures are copied: a paper's
-- claims change with its file, a run's verdict stays what it was.
create table run_verdict (
    run_id        bigint not null references run (id) on delete cascade,
    position      integer not null,            -- the check's position in the reproduction
    claim_id      text not null,
    metric        text not null,
    rule          text not null check (rule in ('within', 'at-least', 'at-most')),
    tolerance     double precision not null,
    claimed_value double precision,
    claimed_min   double precision,
    claimed_max   double precision,
    unit          text,
    measured      double precision,            -- null when the result lacks the metric
    delta         double precision,            -- measured - claimed (a range: distance to the nearest bound)
    verdict       text not null check (verdict in ('reproduced', 'partially', 'not-reproduced', 'inconclusive')),
    scale         text,                        -- the scale it was measured at, as the result states it
    primary key (run_id, position)
);
