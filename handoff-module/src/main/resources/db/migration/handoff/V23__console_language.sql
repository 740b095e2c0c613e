-- The console's language each user chose (en or nb); null until they choose, then the browser's.
alter table handoff_agent add column console_language varchar(2);
