--liquibase formatted sql

--changeset waymark:0027-002-breaks-that-ended splitStatements:false
-- Learners stored as on a break whose break the learner has returned from by the rule of docs/decisions/0044
-- (ProgrammeStatusRule.onABreak): a RES restart of the same programme starting on or after the break's last day,
-- or an aim with the same LearnAimRef (and programme) starting after it. Only learners on a break can change: the
-- rule only ends more breaks. A later import would not put this right, as it skips learners whose ILR data has not
-- changed, so their status and leaving date are derived again here as ProgrammeStatusRule.derive does (decision
-- 0008); the learner trigger then refreshes their report lines. One provider at a time, for row security.
do $$
declare
    provider uuid;
begin
    for provider in select id from tenant loop
        perform set_config('app.tenant_id', provider::text, true);
        with aims as (
            select a.id, a.learner_id, a.learn_aim_ref, a.aim_type, a.learn_start_date, a.prog_type, a.std_code,
                   a.comp_status, a.learn_act_end_date, coalesce(a.fams, '[]') @> '[{"type": "RES"}]' as restart
            from learning_delivery a
            join learner l on l.id = a.learner_id and l.programme_status = 'ON_A_BREAK'
            where a.tenant_id = provider),
        live as (
            select b.* from aims b
            where not (b.comp_status = 6 and b.learn_act_end_date is not null and exists (
                select 1 from aims o
                where o.learner_id = b.learner_id and o.id <> b.id and o.learn_start_date is not null
                  and (b.aim_type <> 1 or o.aim_type = 1)
                  and (b.prog_type is null or o.prog_type is null or b.prog_type = o.prog_type)
                  and (b.std_code is null or o.std_code is null or b.std_code = o.std_code)
                  and case when o.restart then o.learn_start_date >= b.learn_act_end_date
                           else o.learn_aim_ref = b.learn_aim_ref and o.learn_start_date > b.learn_act_end_date
                      end))),
        per_learner as (
            select learner_id, bool_or(learn_act_end_date is null) as open, bool_or(comp_status = 6) as on_a_break,
                   bool_or(aim_type = 1) as has_programme
            from live group by learner_id),
        deciding as (
            select v.learner_id, max(v.learn_act_end_date) as leaving_date, bool_and(v.comp_status = 3) as withdrawn
            from live v join per_learner p on p.learner_id = v.learner_id
            where not p.has_programme or v.aim_type = 1
            group by v.learner_id),
        derived as (
            select p.learner_id,
                   case when p.open then 'CONTINUING' when p.on_a_break then 'ON_A_BREAK'
                        when d.withdrawn then 'WITHDRAWN' else 'COMPLETED' end as status,
                   case when p.open or p.on_a_break then null else d.leaving_date end as leaving_date
            from per_learner p join deciding d on d.learner_id = p.learner_id)
        update learner l set programme_status = d.status, leaving_date = d.leaving_date, version = l.version + 1
        from derived d
        where l.id = d.learner_id and l.programme_status is distinct from d.status;
    end loop;
    perform set_config('app.tenant_id', '', true);
end
$$;
