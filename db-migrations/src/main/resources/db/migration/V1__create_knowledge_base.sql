-- The knowledge base synced from taxonomy/: categories, papers and what hangs off them, plus the history of changes.

create table category (
    path        text primary key,
    parent_path text references category (path) on delete cascade deferrable initially deferred,
    slug        text not null,
    name        text not null,
    description text not null,
    keywords    text[] not null default '{}',
    position    integer not null    -- index among its siblings, in file order
);

create table paper (
    id               text primary key,
    title            text not null,
    normalized_title text not null,
    published        text,          -- partial date as written: YYYY, YYYY-MM or YYYY-MM-DD
    published_on     date,          -- the earliest day `published` can stand for, for sorting
    year             integer,
    updated          text,
    venue            text,
    arxiv_id         text,
    doi              text,
    abstract         text,
    primary_category text not null references category (path) deferrable initially deferred,
    contribution     text,
    training         text,
    modality         text[] not null default '{}',
    source_file      text not null,
    content_hash     text not null, -- hash of the file's parsed content: a sync rewrites a paper only when it changes
    version          integer not null default 1,
    created_at       timestamptz not null default now(),
    changed_at       timestamptz not null default now()
);
create unique index paper_arxiv_id_key on paper (arxiv_id) where arxiv_id is not null;
create unique index paper_doi_key on paper (lower(doi)) where doi is not null;
create index paper_year_idx on paper (year);
create index paper_primary_category_idx on paper (primary_category);

create table author (
    id   bigserial primary key,
    name text not null unique
);

create table paper_author (
    paper_id  text not null references paper (id) on delete cascade,
    position  integer not null,
    author_id bigint not null references author (id),
    primary key (paper_id, position)
);
create index paper_author_author_idx on paper_author (author_id);

create table paper_category (
    paper_id      text not null references paper (id) on delete cascade,
    category_path text not null references category (path) deferrable initially deferred,
    position      integer not null,
    primary key (paper_id, category_path)
);
create index paper_category_path_idx on paper_category (category_path);

create table paper_tag (
    paper_id text not null references paper (id) on delete cascade,
    tag      text not null,
    primary key (paper_id, tag)
);

create table paper_link (
    paper_id text not null references paper (id) on delete cascade,
    kind     text not null check (kind in ('paper', 'pdf', 'code', 'project')),
    url      text not null,
    primary key (paper_id, kind)
);

create table paper_source (
    paper_id text not null references paper (id) on delete cascade,
    position integer not null,
    list     text not null,
    section  text,
    primary key (paper_id, position)
);

create table claim (
    paper_id  text not null references paper (id) on delete cascade,
    claim_id  text not null,
    position  integer not null,
    statement text,
    metric    text not null,
    value     double precision,
    min_value double precision,
    max_value double precision,
    unit      text,
    setting   text,
    location  text,                 -- where in the paper: "Table 2"
    primary key (paper_id, claim_id),
    check (value is not null or (min_value is not null and max_value is not null))
);

-- One row per sync that changed something; a sync that finds nothing to do writes nothing.
create table sync_run (
    id          bigserial primary key,
    started_at  timestamptz not null,
    finished_at timestamptz not null,
    triggered_by text not null,     -- startup, admin, cli, ...
    revision    text,               -- git commit of the taxonomy when known
    added       integer not null,
    changed     integer not null,
    removed     integer not null,
    unchanged   integer not null,
    categories_changed integer not null -- category nodes inserted, updated or removed
);

-- History per paper: every version a sync replaced or removed, and what it became.
create table paper_change (
    id             bigserial primary key,
    sync_run_id    bigint not null references sync_run (id),
    paper_id       text not null,   -- no foreign key: the history of a removed paper stays
    change         text not null check (change in ('added', 'changed', 'removed')),
    version        integer not null,
    changed_fields text[] not null default '{}',
    previous       jsonb,           -- the paper before the change (null when added)
    current        jsonb,           -- the paper after the change (null when removed)
    changed_at     timestamptz not null
);
create index paper_change_paper_idx on paper_change (paper_id, id);
