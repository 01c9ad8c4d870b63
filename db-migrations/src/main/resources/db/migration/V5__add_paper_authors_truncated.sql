-- The source listed only the first authors ("et al."): pages and citations must not present the list as the byline.
alter table paper add column authors_truncated boolean not null default false;

-- Syncs since V4 already hash the flag into content_hash, so the next sync would not rewrite such papers: take the
-- flag from the snapshot of each paper's latest version instead.
update paper p
set authors_truncated = true
where (select (c.current ->> 'authors_truncated')::boolean
       from paper_change c
       where c.paper_id = p.id
       order by c.id desc
       limit 1);
