-- Practice outcomes over thousands of clients (docs/performance.md): each client's diary figures
-- per 28-day period, kept up to date by the diary with the report's own calculator, so that the
-- practice figures read a few periods per client instead of years of diary lines. Period 0 is the
-- baseline; only periods with recorded days are kept.
create table diary_period_figures (
    client_id     bigint  not null,
    period_index  int     not null,
    period_start  date    not null,
    period_end    date    not null,
    headache_days int     not null,
    recorded_days int     not null,
    primary key (client_id, period_index),
    constraint fk_period_figures_client foreign key (client_id) references client (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create index ix_period_figures_end on diary_period_figures (period_end, client_id);

-- Signed sessions of a date range for all clients, with their techniques, read in date order from
-- the index alone.
create index ix_note_date on session_note (session_date, status, client_id, techniques);
