-- Opening hours an administrator set in the console; while the table is empty, the configured
-- postbot.handoff.opening-hours apply.
create table handoff_opening_hours (
    id         integer      not null primary key,
    spec       varchar(500) not null,
    changed_at timestamp(6) with time zone not null,
    changed_by varchar(64)  not null
);
