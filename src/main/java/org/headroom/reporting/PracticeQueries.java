package org.headroom.reporting;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.headroom.treatment.Technique;

/**
 * The practice figures as SQL, so that the database counts rather than the application loading
 * rows. The common part computes, per client in scope, the same figures as {@link
 * OutcomeCalculator}: the baseline period and the complete periods overlapping the chosen dates
 * from the diary's kept period figures ({@code diary_period_figures}, computed by the report's own
 * calculator), the mean headache days of those periods and the responder reading, MIDAS first and
 * latest, and the signed sessions in the dates. Every part reads through an index in the order it
 * is stored, so the time grows with the number of clients, not with the years of diary.
 */
final class PracticeQueries {

    private PracticeQueries() {}

    private static final String TECHNIQUES = Arrays.stream(Technique.values())
            .map(t -> "select '" + t.name() + "' as technique")
            .collect(Collectors.joining(" union all "));

    private static final String PER_CLIENT =
            """
            with scope as (
                select c.id as client_id, c.therapist_id
                  from client c
                 where c.archived = false and (:therapist is null or c.therapist_id = :therapist)
            ),
            compared as (
                select p.client_id, avg(p.headache_days) as current_days, count(*) as periods
                  from diary_period_figures p
                 where p.period_end >= :from and p.period_end < :today and p.period_start <= :to
                   and p.period_index > 0 and p.recorded_days > 0
                 group by p.client_id
            ),
            outcome as (
                select b.client_id, b.headache_days as baseline_days, c.current_days, c.periods as compared
                  from compared c
                  join diary_period_figures b on b.client_id = c.client_id and b.period_index = 0
                 where b.recorded_days > 0
            ),
            midas as (
                select client_id, count(*) as assessments,
                       max(case when first_rank = 1 then score end) as first_score,
                       max(case when last_rank = 1 then score end) as latest_score
                  from (select m.client_id, m.q1 + m.q2 + m.q3 + m.q4 + m.q5 as score,
                               row_number() over (partition by m.client_id order by m.assessed_on, m.id) as first_rank,
                               row_number() over (partition by m.client_id order by m.assessed_on desc, m.id desc) as last_rank
                          from midas_assessment m
                         where m.assessed_on <= :to) ranked
                 group by client_id
            ),
            signed as (
                select n.id, n.client_id
                  from session_note n
                 where n.session_date between :from and :to and n.status = 'SIGNED'
            ),
            sessions as (
                select s.client_id, count(*) as sessions from signed s group by s.client_id
            ),
            per_client as (
                select sc.client_id, sc.therapist_id, o.baseline_days, round(o.current_days, 1) as current_days,
                       o.compared,
                       case when o.baseline_days is null then null
                            when o.baseline_days > 0
                                 and round(o.current_days, 1) <= o.baseline_days * (100 - :fall) / 100.0 then 1
                            else 0 end as responder,
                       case when m.assessments > 1 then m.first_score end as midas_first,
                       case when m.assessments > 1 then m.latest_score end as midas_latest,
                       coalesce(s.sessions, 0) as sessions
                  from scope sc
                  left join outcome o on o.client_id = sc.client_id
                  left join midas m on m.client_id = sc.client_id
                  left join sessions s on s.client_id = sc.client_id
                 where o.baseline_days is not null or s.sessions > 0
            )
            """;

    /** One row per client seen in the dates or with an outcome to show. */
    static final String CLIENTS = PER_CLIENT
            + """
                    select pc.*, c.first_name, c.last_name, u.display_name as therapist_name
                      from per_client pc
                      join client c on c.id = pc.client_id
                      join app_user u on u.id = pc.therapist_id
                     order by u.display_name, c.last_name, c.first_name, pc.client_id
                    """;

    /** Active clients, responders among those with an outcome, mean changes. */
    static final String SUMMARY = PER_CLIENT
            + """
                    select count(case when sessions > 0 then 1 end) as active_clients,
                           count(responder) as with_outcome,
                           coalesce(sum(responder), 0) as responders,
                           avg(case when responder is not null then current_days - baseline_days end) as headache_change,
                           count(midas_first) as with_midas,
                           avg(midas_latest - midas_first) as midas_change
                      from per_client
                    """;

    /** The same figures for the clients who received each technique in the dates. */
    static final String BY_TECHNIQUE = PER_CLIENT
            + """
                    , techniques as (%s),
                    used as (
                        select distinct n.client_id, t.technique
                          from signed s
                          join session_note n on n.id = s.id
                          join techniques t on find_in_set(t.technique, n.techniques) > 0
                          join per_client pc on pc.client_id = n.client_id
                    )
                    select u.technique, count(*) as clients,
                           count(pc.responder) as with_outcome,
                           coalesce(sum(pc.responder), 0) as responders,
                           avg(case when pc.responder is not null then pc.current_days - pc.baseline_days end) as headache_change,
                           count(pc.midas_first) as with_midas,
                           avg(pc.midas_latest - pc.midas_first) as midas_change
                      from used u join per_client pc on pc.client_id = u.client_id
                     group by u.technique
                     order by clients desc, u.technique
                    """
                    .formatted(TECHNIQUES);
}
