-- The retention context's tables: the audit of purge runs, and the lease that lets one server of a
-- cluster purge at a time. Neither holds personal data.
create table retention_purge_run (
    id          uuid         not null primary key,
    kind        varchar(32)  not null,
    started_at  timestamp(6) with time zone not null,
    finished_at timestamp(6) with time zone not null,
    erased      integer      not null,
    batches     integer      not null,
    outcome     varchar(16)  not null,
    reason      varchar(500)
);

create index retention_purge_run_started on retention_purge_run (started_at);

create table retention_lock (
    name        varchar(32)  not null primary key,
    holder      varchar(64),
    lease_until timestamp(6) with time zone not null
);

insert into retention_lock (name, holder, lease_until)
values ('purge', null, timestamp with time zone '1970-01-01 00:00:00+00');
