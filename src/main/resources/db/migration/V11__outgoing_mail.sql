-- Every e-mail Headroom sends, or would send: with no SMTP server configured the messages wait here
-- and the practice admin reads them on the Outbox page. Messages carry links and times, never
-- health data.
create table outgoing_mail (
    id               bigint        not null auto_increment primary key,
    created_at       timestamp(6)  not null,
    recipient        varchar(320)  not null,
    subject          varchar(300)  not null,
    body             text          not null,
    attachment_name  varchar(200)  null,
    attachment_type  varchar(100)  null,
    attachment       mediumblob    null,
    status           varchar(20)   not null,
    sent_at          timestamp(6)  null,
    error            varchar(500)  null
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create index ix_outgoing_mail_time on outgoing_mail (created_at);
