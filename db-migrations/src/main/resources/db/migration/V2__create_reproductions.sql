-- Reproduction specs synced from taxonomy/reproductions/: which experiment checks which claims of a paper.

create table reproduction (
    id              text primary key,
    paper_id        text not null references paper (id) on delete cascade,
    experiment      text not null,              -- folder in runner/experiments
    hardware        text not null check (hardware in ('cpu', 'gpu')),
    config          text not null,              -- the experiment's --config (smoke/cpu/gpu)
    parameters      jsonb not null default '{}',-- passed as --param key=value
    seed            integer not null default 0 check (seed >= 0),
    schedule        text,                       -- ISO-8601 duration (P7D) or null: never re-run automatically
    timeout_seconds integer not null check (timeout_seconds > 0), -- from `timeout` (ISO duration), default PT10M
    content_hash    text not null               -- hash of the file's parsed content: a sync rewrites only changed specs
);
create index reproduction_paper_idx on reproduction (paper_id);

-- The claims a reproduction checks, in file order. No foreign key to claim: a paper's claims are rewritten whenever
-- the paper changes; the validator and the sync check that every claim_id is a claim of the reproduction's paper.
create table reproduction_check (
    reproduction_id text not null references reproduction (id) on delete cascade,
    position        integer not null,
    claim_id        text not null,
    metric          text not null,              -- the metric's name in the experiment's result
    rule            text not null check (rule in ('within', 'at-least', 'at-most')),
    tolerance       double precision not null default 0 check (tolerance >= 0),
    primary key (reproduction_id, position)
);

-- What a sync did to reproductions, next to what it did to papers.
alter table sync_run
    add column reproductions_added   integer not null default 0,
    add column reproductions_changed integer not null default 0,
    add column reproductions_removed integer not null default 0;
