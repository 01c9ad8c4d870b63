-- A paper known as a preprint and as a venue paper is one entry with both links (issue: preprint <-> published merge).
alter table paper_link drop constraint paper_link_kind_check;
alter table paper_link add constraint paper_link_kind_check
    check (kind in ('paper', 'pdf', 'code', 'project', 'venue'));

-- Ids a paper had before a merge (e.g. a title slug that became its arXiv id), so that old links still find it.
create table paper_former_id (
    former_id text primary key,
    paper_id  text not null references paper (id) on delete cascade
);
create index paper_former_id_paper_idx on paper_former_id (paper_id);
