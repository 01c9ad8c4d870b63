-- The review queue: daily harvests of new preprints, and the papers they propose for maintainers to accept or reject.

-- One row per harvest of one source (an OAI-PMH set) over a window of days. A run records what it did page by page,
-- in the transaction that stores the page's proposals: after a crash or a failure the next run of the same window
-- resumes from the checkpoint of the last page stored.
create table harvest_run (
    id                 bigserial primary key,
    source             text not null,               -- e.g. arXiv OAI-PMH set cs
    triggered_by       text not null check (triggered_by in ('schedule', 'maintainer')),
    started_at         timestamptz not null default now(),
    finished_at        timestamptz,
    window_from        date not null,
    window_until       date not null,
    status             text not null check (status in ('running', 'succeeded', 'failed')),
    pages              integer not null default 0,
    records            integer not null default 0,
    known_papers       integer not null default 0,  -- records of papers the taxonomy has
    seen_before        integer not null default 0,  -- records proposed before (pending, accepted or rejected)
    not_relevant       integer not null default 0,  -- records the classifier finds outside the survey
    proposals_created  integer not null default 0,
    checkpoint         text,                        -- the harvester's state after the last page stored
    error_kind         text,                        -- unreachable, timeout, server-error, rate-limited, malformed, ...
    error_message      text,
    check ((status = 'running') = (finished_at is null)),
    check ((status = 'failed') = (error_message is not null)),
    check (window_from <= window_until)
);
create index harvest_run_recent_idx on harvest_run (started_at desc, id desc);
create index harvest_run_source_idx on harvest_run (source, id desc);

-- A paper a harvest found that the taxonomy lacks and the classifier finds relevant. Its keys (arXiv id, DOI,
-- normalised title) are unique across every status: a re-delivered page proposes nothing twice, and a rejected
-- paper is never proposed again.
create table proposal (
    id                    bigserial primary key,
    arxiv_id              text,
    doi                   text,
    title_key             text not null,            -- the normalised title
    title                 text not null,
    record                jsonb not null,           -- the harvested record, as read
    source                text not null,            -- credited in the paper file's sources when accepted
    harvest_run_id        bigint references harvest_run (id) on delete set null,
    suggested_categories  jsonb not null,           -- [{path, confidence}], most likely first
    relevance             double precision not null check (relevance between 0 and 1),
    evidence              jsonb not null,           -- {top_features: [...], nearest_papers: [{id, title, similarity}]}
    duplicate_of          text,                     -- a filed paper it may be (no key: papers come and go with syncs)
    duplicate_title       text,
    duplicate_similarity  double precision,
    duplicate_reason      text,
    status                text not null default 'pending' check (status in ('pending', 'accepted', 'rejected')),
    accepted_categories   jsonb,                    -- the paths the maintainer filed it under
    paper_id              text,                     -- the paper file accepting wrote
    reject_reason         text,
    decided_by            text,
    decided_at            timestamptz,
    last_error            text,                     -- why the last try to accept failed; it stayed pending
    created_at            timestamptz not null default now(),
    check ((status = 'pending') = (decided_at is null)),
    check (status <> 'rejected' or reject_reason is not null),
    check (status <> 'accepted' or paper_id is not null)
);
create unique index proposal_arxiv_id_key on proposal (arxiv_id) where arxiv_id is not null;
create unique index proposal_doi_key on proposal (doi) where doi is not null;
create unique index proposal_title_key on proposal (title_key);
create index proposal_queue_idx on proposal (status, relevance desc, id);
