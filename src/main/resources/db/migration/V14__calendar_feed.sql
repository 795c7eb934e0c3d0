-- Each therapist's private calendar feed: the hash of the secret in its address (docs/adr/0017).
create table calendar_feed (
    therapist_id bigint       not null primary key,
    token_hash   char(64)     not null,
    created_at   timestamp(6) not null,
    constraint fk_calendar_feed_user foreign key (therapist_id) references app_user (id),
    constraint ux_calendar_feed_token unique (token_hash)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
