-- Contraindications screened at intake. Lists differ between sources, so the practice admin
-- edits the list and each item's severity (clinical-reference.md, "Massage contraindications").
create table contraindication (
    id         bigint       not null auto_increment primary key,
    version    bigint       not null default 0,
    code       varchar(60)  not null,
    label      varchar(200) not null,
    severity   varchar(20)  not null,
    active     boolean      not null default true,
    sort_order int          not null,
    constraint uk_contraindication_code unique (code)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

insert into contraindication (code, label, severity, sort_order) values
 ('HIGH_BLOOD_PRESSURE', 'Uncontrolled high blood pressure', 'DO_NOT_TREAT', 10),
 ('ANTICOAGULANTS', 'Anticoagulant medication (blood thinners)', 'CAUTION', 20),
 ('RECENT_SURGERY', 'Recent surgery', 'CAUTION', 30),
 ('SKIN_OR_WOUND', 'Skin condition or open wound in the area to be treated', 'CAUTION', 40),
 ('FEVER_INFECTION', 'Fever or infection', 'DO_NOT_TREAT', 50),
 ('DVT_HISTORY', 'History of deep vein thrombosis', 'CAUTION', 60),
 ('OSTEOPOROSIS', 'Osteoporosis', 'CAUTION', 70),
 ('PREGNANCY', 'Pregnancy', 'CAUTION', 80),
 ('OIL_ALLERGY', 'Allergy to massage or essential oils', 'CAUTION', 90),
 ('EPILEPSY', 'Epilepsy (essential oils)', 'CAUTION', 100),
 ('CANCER_TREATMENT', 'Cancer treatment in progress', 'CAUTION', 110);

-- Intakes: versioned per client. A completed intake is never changed; a re-assessment is a new row.
create table intake (
    id                     bigint       not null auto_increment primary key,
    version                bigint       not null default 0,
    client_id              bigint       not null,
    sequence_no            int          not null,
    status                 varchar(20)  not null,
    answers                longtext     not null,
    created_at             timestamp(6) not null,
    created_by             bigint       not null,
    updated_at             timestamp(6) not null,
    updated_by             bigint,
    submitted_by_client_at timestamp(6),
    completed_at           timestamp(6),
    completed_by           bigint,
    constraint uk_intake_client_sequence unique (client_id, sequence_no),
    constraint fk_intake_client foreign key (client_id) references client (id),
    constraint fk_intake_created_by foreign key (created_by) references app_user (id),
    constraint fk_intake_completed_by foreign key (completed_by) references app_user (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

-- The therapist's decision on red flags and do-not-treat contraindications. Append-only: the
-- latest row is the current decision, earlier ones stay as the record of what was decided when.
create table intake_decision (
    id            bigint        not null auto_increment primary key,
    intake_id     bigint        not null,
    decision      varchar(20)   not null,
    reason        varchar(2000),
    referral_date date,
    decided_at    timestamp(6)  not null,
    decided_by    bigint        not null,
    constraint fk_intake_decision_intake foreign key (intake_id) references intake (id),
    constraint fk_intake_decision_user foreign key (decided_by) references app_user (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create index ix_intake_decision_intake on intake_decision (intake_id, decided_at);

-- Single-use links with which a client fills in an intake without an account.
create table intake_link (
    id              bigint       not null auto_increment primary key,
    intake_id       bigint       not null,
    token_hash      char(64)     not null,
    expires_at      timestamp(6) not null,
    used_at         timestamp(6),
    failed_attempts int          not null default 0,
    locked_at       timestamp(6),
    created_at      timestamp(6) not null,
    created_by      bigint       not null,
    constraint uk_intake_link_token unique (token_hash),
    constraint fk_intake_link_intake foreign key (intake_id) references intake (id),
    constraint fk_intake_link_user foreign key (created_by) references app_user (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

-- The exact wording of each consent, versioned: a consent records which text the client saw.
create table consent_text (
    id           bigint        not null auto_increment primary key,
    consent_type varchar(30)   not null,
    text_version int           not null,
    body         varchar(4000) not null,
    current      boolean       not null,
    constraint uk_consent_text unique (consent_type, text_version)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

insert into consent_text (consent_type, text_version, body, current) values
 ('TREATMENT', 1, 'I consent to an assessment and to massage treatment by my therapist. The therapist has explained what the treatment involves, its possible effects and that I can ask questions, change my mind and stop treatment at any time. I have given accurate information about my health and will tell my therapist about any changes.', true),
 ('HEALTH_DATA', 1, 'I explicitly consent to my therapist keeping information about my health (my medical history, medication, headache and migraine history, headache diary, questionnaire scores and treatment notes) in order to provide and review my treatment. I understand that records are kept securely for the retention period required of my therapist, that I can ask to see them, and that I can withdraw this consent.', true),
 ('GP_CONTACT', 1, 'I consent to my therapist contacting my GP about my treatment, for example to send a progress report or to ask about a health concern.', true),
 ('MARKETING', 1, 'I would like to receive news and offers from the practice by email. This is optional and does not affect my treatment.', true);

-- Consents given or declined, with who signed and how. Withdrawal is recorded, never deleted.
create table consent (
    id                bigint        not null auto_increment primary key,
    version           bigint        not null default 0,
    client_id         bigint        not null,
    intake_id         bigint,
    consent_text_id   bigint        not null,
    granted           boolean       not null,
    signer_name       varchar(200)  not null,
    signer_role       varchar(30)   not null,
    signature_png     mediumblob,
    typed_signature   boolean       not null default false,
    taken_via         varchar(20)   not null,
    taken_by          bigint,
    given_at          timestamp(6)  not null,
    withdrawn_at      timestamp(6),
    withdrawn_by      bigint,
    withdrawal_note   varchar(1000),
    constraint fk_consent_client foreign key (client_id) references client (id),
    constraint fk_consent_intake foreign key (intake_id) references intake (id),
    constraint fk_consent_text foreign key (consent_text_id) references consent_text (id),
    constraint fk_consent_taken_by foreign key (taken_by) references app_user (id),
    constraint fk_consent_withdrawn_by foreign key (withdrawn_by) references app_user (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create index ix_consent_client on consent (client_id, given_at);
