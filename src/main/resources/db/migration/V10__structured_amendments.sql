-- An amendment may correct a figure of the signed note it belongs to: pain before or after, the
-- duration, the techniques used (names for the practice queries, and each with its minutes and
-- pressure) or the areas treated. Null means not corrected. The signed note itself is never changed.
alter table session_note_amendment
    add column pain_before      int           null,
    add column pain_after       int           null,
    add column duration_minutes int           null,
    add column techniques       varchar(500)  null,
    add column technique_uses   varchar(2000) null,
    add column areas            varchar(1000) null,
    modify column body varchar(4000) null;
