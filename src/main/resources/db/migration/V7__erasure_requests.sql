-- Requests to erase a client's records (UK GDPR Article 17): refused while the records must be
-- kept, with the reason; carried out after. The row keeps no personal data, only the client id.
create table erasure_request (
    id              bigint        not null auto_increment primary key,
    client_id       bigint        not null,
    requested_at    timestamp(6)  not null,
    requested_by    bigint        not null,
    outcome         varchar(20)   not null,
    retention_until date,
    reason          varchar(500)  not null,
    constraint fk_erasure_user foreign key (requested_by) references app_user (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create index ix_erasure_client on erasure_request (client_id, requested_at);
