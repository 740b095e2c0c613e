-- The audit log of console users' actions on personal data, content, models and users: who, when,
-- what, on what (redacted, never a customer's data) and from which address. Append-only; entries
-- older than postbot.audit.keep-days are deleted by the retention purge.
create table retention_audit_entry (
    id       uuid         not null primary key,
    acted_at timestamp(6) with time zone not null,
    actor    varchar(64)  not null,
    action   varchar(64)  not null,
    subject  varchar(500) not null,
    console_user varchar(64),
    address  varchar(64)
);

create index retention_audit_entry_at on retention_audit_entry (acted_at);
