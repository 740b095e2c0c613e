-- Content in the database: numbered publications (kept for ever) and the administrators' shared
-- draft, both as the Markdown of each section. Model versions with their inputs and figures, the
-- saved model of each version that became active, and the reviewed customer questions (redacted,
-- with no link to a conversation or a person) that serve as evaluation and training data.
create table chat_content_publication (
    version       integer      not null primary key,
    published_at  timestamp(6) with time zone not null,
    published_by  varchar(64)  not null,
    note          varchar(500) not null,
    restored_from integer,
    intents       integer      not null,
    examples      integer      not null
);

create table chat_content_publication_section (
    publication_version integer         not null references chat_content_publication (version),
    position            integer         not null,
    name                varchar(40)     not null,
    markdown            varchar(1000000) not null,
    constraint chat_content_publication_section_pk primary key (publication_version, position)
);

create table chat_content_draft (
    id         integer      not null primary key,
    revision   bigint       not null,
    based_on   integer      not null,
    updated_at timestamp(6) with time zone not null,
    updated_by varchar(64)  not null
);

create table chat_content_draft_section (
    draft_id integer          not null references chat_content_draft (id),
    position integer          not null,
    name     varchar(40)      not null,
    markdown varchar(1000000) not null,
    constraint chat_content_draft_section_pk primary key (draft_id, position)
);

-- One row, locked by every change to the model versions, so servers change them one at a time.
create table chat_model_lineage (
    id integer not null primary key
);

insert into chat_model_lineage (id) values (1);

create table chat_model_version (
    version_number       integer      not null primary key,
    state                varchar(16)  not null,
    reason               varchar(200) not null,
    requested_by         varchar(64)  not null,
    requested_at         timestamp(6) with time zone not null,
    finished_at          timestamp(6) with time zone,
    activated_at         timestamp(6) with time zone,
    previous_active      integer,
    content_version      integer      not null,
    content_examples     integer      not null,
    review_examples      integer      not null,
    fingerprint          varchar(64)  not null,
    recipe               varchar(100) not null,
    stage                varchar(32),
    progress_done        integer      not null,
    progress_total       integer      not null,
    progress_at          timestamp(6) with time zone,
    held_out_total       integer,
    held_out_correct     integer,
    reviewed_total       integer,
    reviewed_correct     integer,
    in_scope_total       integer,
    in_scope_correct     integer,
    oos_total            integer,
    oos_correct          integer,
    compared_with        integer,
    cmp_held_out_total   integer,
    cmp_held_out_correct integer,
    cmp_reviewed_total   integer,
    cmp_reviewed_correct integer,
    cmp_in_scope_total   integer,
    cmp_in_scope_correct integer,
    cmp_oos_total        integer,
    cmp_oos_correct      integer,
    lost_sentences       integer,
    won_sentences        integer,
    failure              varchar(200)
);

create table chat_model_saved (
    version integer not null primary key references chat_model_version (version_number),
    bytes   bytea   not null
);

create table chat_reviewed_question (
    id          uuid          not null primary key,
    language    varchar(2)    not null,
    question    varchar(2000) not null,
    intent      varchar(64)   not null,
    verdict     varchar(16)   not null,
    reviewed_at timestamp(6) with time zone not null,
    constraint chat_reviewed_question_text unique (language, question)
);
