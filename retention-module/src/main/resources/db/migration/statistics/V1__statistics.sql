-- The statistics context's tables. Neither has a column for a conversation id, a person or raw
-- text: counts per day, intent, language and outcome, and redacted questions sampled for review.
create table statistics_daily_count (
    count_day   date        not null,
    intent      varchar(64) not null,
    language    varchar(2)  not null,
    outcome     varchar(16) not null,
    occurrences bigint      not null,
    constraint statistics_daily_count_pk primary key (count_day, intent, language, outcome)
);

create table statistics_review_sample (
    id            uuid          not null primary key,
    sample_day    date          not null,
    language      varchar(2)    not null,
    intent        varchar(64)   not null,
    redacted_text varchar(8000) not null
);

create index statistics_review_sample_day on statistics_review_sample (sample_day);
