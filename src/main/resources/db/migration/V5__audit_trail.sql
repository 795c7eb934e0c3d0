-- Append-only audit trail of every read and change of a client's records: who, when, which
-- record, what action, from where. It holds ids, never clinical content, so that it may outlive
-- an erased client. The triggers refuse any update or delete, whoever asks.
create table audit_event (
    id           bigint        not null auto_increment primary key,
    occurred_at  timestamp(6)  not null,
    user_id      bigint,
    username     varchar(100)  not null,
    action       varchar(30)   not null,
    record_type  varchar(30)   not null,
    record_id    bigint,
    client_id    bigint,
    detail       varchar(300),
    remote_addr  varchar(64)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create index ix_audit_time on audit_event (occurred_at);
create index ix_audit_client_time on audit_event (client_id, occurred_at);
create index ix_audit_user_time on audit_event (user_id, occurred_at);

create trigger audit_event_no_update before update on audit_event for each row
    signal sqlstate '45000' set message_text = 'Audit events cannot be changed';

create trigger audit_event_no_delete before delete on audit_event for each row
    signal sqlstate '45000' set message_text = 'Audit events cannot be deleted';
