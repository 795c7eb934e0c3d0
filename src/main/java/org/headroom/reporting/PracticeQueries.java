package org.headroom.reporting;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.headroom.treatment.Technique;

/**
 * The practice figures as SQL, so that the database counts the diary rather than the application
 * loading it. The common part computes, per client in scope, the same figures as {@link
 * OutcomeCalculator}: the baseline period as the diary keeps it ({@code diary_baseline_figures},
 * from the same calculator), then, from the diary lines of the chosen dates only (read in date
 * order from one index; the rest of a five-year diary is never read), the calendar days each line
 * covers (an attack over midnight counts on both days), headache and recorded days per period, the
 * mean of the complete periods in the dates, MIDAS first and latest, and the signed sessions.
 */
final class PracticeQueries {

    private PracticeQueries() {}

    /** Lines from this many days before a period can still touch it ({@code DiaryEntryForm.MAX_DAYS_COVERED}). */
    private static final int MAX_DAYS_COVERED = org.headroom.diary.DiaryEntryForm.MAX_DAYS_COVERED + 1;

    private static final String TECHNIQUES = Arrays.stream(Technique.values())
            .map(t -> "select '" + t.name() + "' as technique")
            .collect(Collectors.joining(" union all "));

    private static final String PER_CLIENT =
            """
            with recursive
            seq (n) as (select 0 union all select n + 1 from seq where n < %1$d),
            scope as (
                select c.id as client_id, c.therapist_id, f.baseline_start,
                       f.headache_days as baseline_days, f.recorded_days as baseline_recorded
                  from client c left join diary_baseline_figures f on f.client_id = c.id
                 where c.archived = false and (:therapist is null or c.therapist_id = :therapist)
            ),
            window_lines as (
                select e.client_id, e.entry_date, e.kind, e.start_time, e.duration_hours
                  from diary_entry e
                 where e.entry_date between date_sub(:from, interval :period + %1$d day) and :to
            ),
            covered as (
                select w.client_id, date_add(w.entry_date, interval s.n day) as day, w.kind = 'ATTACK' as attack
                  from window_lines w
                  join seq s on s.n < case
                        when w.kind = 'ATTACK' and w.start_time is not null and w.duration_hours > 0
                        then ceil((time_to_sec(w.start_time) / 60 + round(w.duration_hours * 60)) / 1440)
                        else 1 end
            ),
            periods as (
                select cv.client_id, floor(datediff(cv.day, sc.baseline_start) / :period) as idx,
                       count(distinct case when cv.attack then cv.day end) as headache_days,
                       count(distinct cv.day) as recorded_days
                  from covered cv join scope sc on sc.client_id = cv.client_id
                 where sc.baseline_start is not null
                 group by cv.client_id, idx
            ),
            outcome as (
                select sc.client_id, sc.baseline_days, avg(p.headache_days) as current_days, count(*) as compared
                  from scope sc
                  join periods p on p.client_id = sc.client_id and p.idx > 0 and p.recorded_days > 0
                       and date_add(sc.baseline_start, interval (p.idx + 1) * :period - 1 day) < :today
                       and date_add(sc.baseline_start, interval (p.idx + 1) * :period - 1 day) >= :from
                       and date_add(sc.baseline_start, interval p.idx * :period day) <= :to
                 where sc.baseline_recorded > 0
                 group by sc.client_id, sc.baseline_days
            ),
            midas as (
                select client_id, count(*) as assessments,
                       max(case when first_rank = 1 then score end) as first_score,
                       max(case when last_rank = 1 then score end) as latest_score
                  from (select m.client_id, m.q1 + m.q2 + m.q3 + m.q4 + m.q5 as score,
                               row_number() over (partition by m.client_id order by m.assessed_on, m.id) as first_rank,
                               row_number() over (partition by m.client_id order by m.assessed_on desc, m.id desc) as last_rank
                          from midas_assessment m join scope sc on sc.client_id = m.client_id
                         where m.assessed_on <= :to) ranked
                 group by client_id
            ),
            signed as (
                select n.id, n.client_id
                  from session_note n
                 where n.session_date between :from and :to and n.status = 'SIGNED'
            ),
            sessions as (
                select s.client_id, count(*) as sessions
                  from signed s join scope sc on sc.client_id = s.client_id
                 group by s.client_id
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
                 where o.client_id is not null or s.client_id is not null
            )
            """
                    .formatted(MAX_DAYS_COVERED - 1);

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
