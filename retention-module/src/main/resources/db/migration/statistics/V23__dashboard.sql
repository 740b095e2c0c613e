-- What the statistics dashboard needs beyond the daily counts: measured queue waits, handling
-- times and survey scores (for percentiles and distributions), and the questions the bot could not
-- answer, redacted. Like the other statistics tables, nothing points to a conversation or a person
-- and there is no time of day, so retention and erasure leave these figures as they are.
create table statistics_measurement (
    id           uuid        not null primary key,
    measured_day date        not null,
    language     varchar(2)  not null,
    kind         varchar(16) not null,
    amount       bigint      not null
);

create index statistics_measurement_day on statistics_measurement (kind, measured_day);

create table statistics_unanswered (
    id            uuid          not null primary key,
    asked_day     date          not null,
    language      varchar(2)    not null,
    redacted_text varchar(8000) not null
);

create index statistics_unanswered_day on statistics_unanswered (asked_day);
