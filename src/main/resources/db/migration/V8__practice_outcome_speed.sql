-- Practice outcomes over thousands of clients (docs/performance.md):
-- each client's baseline-period figures, kept up to date by the diary, so that the practice
-- figures never read years of diary to find them;
create table diary_baseline_figures (
    client_id      bigint       not null primary key,
    baseline_start date         not null,
    headache_days  int          not null,
    recorded_days  int          not null,
    computed_at    timestamp(6) not null,
    constraint fk_baseline_figures_client foreign key (client_id) references client (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

-- and the diary lines and signed sessions of a date range for all clients, read in date order
-- from the index alone.
create index ix_diary_date_cover on diary_entry (entry_date, client_id, kind, start_time, duration_hours);
create index ix_note_date on session_note (session_date, status, client_id);
