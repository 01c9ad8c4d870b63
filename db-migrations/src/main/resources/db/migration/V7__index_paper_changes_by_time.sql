-- What's new (/api/v1/changes, /changes, its feed) reads the history newest first from a time on, and pairs each
-- removal with the addition of the same sync that renamed it; without these, both scan the whole history.
create index paper_change_time_idx on paper_change (changed_at desc, id desc);
create index paper_change_sync_run_idx on paper_change (sync_run_id, change);
