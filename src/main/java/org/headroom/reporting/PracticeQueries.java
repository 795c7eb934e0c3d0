package org.headroom.reporting;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.headroom.treatment.Technique;

/**
 * The practice figures as SQL, so that the database counts rather than the application loading
 * rows. The common part computes, per client in scope, the same figures as {@link
 * OutcomeCalculator}: the baseline period and the complete periods overlapping the chosen dates
 * from the diary's kept period figures ({@code diary_period_figures}, computed by the report's own
 * calculator), only periods with enough recorded days (docs/clinical-rules.md, "Diary
 * completeness"), with the clients whose diary is too short counted as left out; the mean headache
 * days of those periods and the responder reading on the unrounded mean, MIDAS first and
 * latest, and the signed sessions in the dates. Every part reads through an index in the order it
 * is stored, so the time grows with the number of clients, not with the years of diary.
 */
final class PracticeQueries {

    private PracticeQueries() {}

    /** Each technique with its bit in a client's technique mask. */
    private static final String TECHNIQUES = Arrays.stream(Technique.values())
            .map(t -> "select '" + t.name() + "' as technique, " + (1L << t.ordinal()) + " as bit")
            .collect(Collectors.joining(" union all "));

    /** The techniques of one note as a bit mask, so that a client's techniques aggregate as a number. */
    private static final String TECHNIQUE_MASK = Arrays.stream(Technique.values())
            .map(t -> "(find_in_set('" + t.name() + "', n.techniques) > 0) * " + (1L << t.ordinal()))
            .collect(Collectors.joining(" + "));

    /**
     * The per-client figures; {@code scoped} narrows every part to one therapist's clients (for the
     * whole practice that only costs time).
     */
    private static String perClient(boolean scoped) {
        // MariaDB 11.4's split-materialized optimisation dropped a client with sessions but no diary
        // from the grouped left joins below (PracticeOutcomeServiceTest shows it): it is off here.
        String only = scoped ? " and %s.client_id in (select client_id from scope)" : "";
        return """
            set statement optimizer_switch = 'split_materialized=off' for
            with scope as (
                select c.id as client_id, c.therapist_id
                  from client c
                 where c.archived = false and (:therapist is null or c.therapist_id = :therapist)
            ),
            compared as (
                select p.client_id,
                       avg(case when p.recorded_days >= :minDays then p.headache_days end) as current_days,
                       count(case when p.recorded_days >= :minDays then 1 end) as periods
                  from diary_period_figures p
                 where p.period_end >= :from and p.period_end < :today and p.period_start <= :to
                   and p.period_index > 0 and p.recorded_days > 0%2$s
                 group by p.client_id
            ),
            outcome as (
                select c.client_id,
                       case when b.recorded_days >= :minDays and c.periods > 0 then b.headache_days end as baseline_days,
                       case when b.recorded_days >= :minDays and c.periods > 0 then c.current_days end as current_days,
                       case when b.recorded_days >= :minDays and c.periods > 0 then c.periods end as compared
                  from compared c
                  left join diary_period_figures b on b.client_id = c.client_id and b.period_index = 0
            ),
            midas as (
                select client_id, count(*) as assessments,
                       max(case when first_rank = 1 then score end) as first_score,
                       max(case when last_rank = 1 then score end) as latest_score
                  from (select m.client_id, m.q1 + m.q2 + m.q3 + m.q4 + m.q5 as score,
                               row_number() over (partition by m.client_id order by m.assessed_on, m.id) as first_rank,
                               row_number() over (partition by m.client_id order by m.assessed_on desc, m.id desc) as last_rank
                          from midas_assessment m
                         where m.assessed_on <= :to%3$s) ranked
                 group by client_id
            ),
            sessions as (
                select n.client_id, count(*) as sessions, bit_or(%1$s) as techniques
                  from (select s.client_id,
                               coalesce((select a.techniques from session_note_amendment a
                                          where a.note_id = s.id and a.techniques is not null
                                          order by a.created_at desc, a.id desc limit 1),
                                        s.techniques) as techniques
                          from session_note s
                         where s.session_date between :from and :to and s.status = 'SIGNED'%4$s) n
                 group by n.client_id
            ),
            per_client as (
                select sc.client_id, sc.therapist_id, o.baseline_days, round(o.current_days, 1) as current_days,
                       o.compared,
                       case when o.baseline_days is null then null
                            when o.baseline_days > 0
                                 and o.current_days <= o.baseline_days * (100 - :fall) / 100.0 then 1
                            else 0 end as responder,
                       case when m.assessments > 1 then m.first_score end as midas_first,
                       case when m.assessments > 1 then m.latest_score end as midas_latest,
                       coalesce(s.sessions, 0) as sessions,
                       s.techniques,
                       case when o.client_id is not null and o.baseline_days is null then 1 else 0 end as short_diary
                  from scope sc
                  left join outcome o on o.client_id = sc.client_id
                  left join midas m on m.client_id = sc.client_id
                  left join sessions s on s.client_id = sc.client_id
                 where o.client_id is not null or s.sessions > 0
            )
            """
                .formatted(TECHNIQUE_MASK, only.formatted("p"), only.formatted("m"), only.formatted("s"));
    }

    /** One row per client seen in the dates or with an outcome to show. */
    static String clients(boolean scoped) {
        return perClient(scoped)
                + """
                select pc.*, c.first_name, c.last_name, u.display_name as therapist_name
                  from per_client pc
                  join client c on c.id = pc.client_id
                  join app_user u on u.id = pc.therapist_id
                 order by u.display_name, c.last_name, c.first_name, pc.client_id
                """;
    }

    /**
     * The practice's figures ({@code ALL}) and the same for the clients who received each
     * technique, from one pass over the per-client figures: {@code active} counts clients seen,
     * {@code clients} counts the rows of the group.
     */
    static String outcomes(boolean scoped) {
        return perClient(scoped)
                + """
                , techniques as (select 'ALL' as technique, 0 as bit union all %s)
                select t.technique, count(case when pc.sessions > 0 or pc.responder is not null then 1 end) as clients,
                       count(case when pc.sessions > 0 then 1 end) as active,
                       count(pc.responder) as with_outcome,
                       coalesce(sum(pc.short_diary), 0) as short_diary,
                       coalesce(sum(pc.responder), 0) as responders,
                       avg(case when pc.responder is not null then pc.current_days - pc.baseline_days end) as headache_change,
                       count(pc.midas_first) as with_midas,
                       avg(pc.midas_latest - pc.midas_first) as midas_change
                  from per_client pc join techniques t on t.bit = 0 or pc.techniques & t.bit <> 0
                 group by t.technique
                """
                        .formatted(TECHNIQUES);
    }
}
