-- Who delivers each grant of a current decision version, when (provider module; read by other modules' set-based
-- SQL, e.g. the delivery module's visit import, which checks a million visits at once against it). One row per
-- segment: the provider chosen when the grant was decided (from the start: from_on null), then each switch from its
-- effective day; a segment lasts until the next switch (next_from, exclusive) and never beyond the grant's end.
-- Segments of one grant do not overlap, so a grant day has at most one provider. Java callers go through
-- dk.omsorg.provider.Providers (ProviderTables reads this view too).
-- Written without a common table expression or a correlated subquery, so that a join or filter on grant_key reaches
-- into both branches and the planner may hash-join all of it (a CTE read twice is computed whole every time).
create or replace view grant_delivery_segment as
select g.grant_key, d.citizen_id, d.municipality_id, g.area_code, g.provider_id, null::date as from_on,
       g.start_on, g.end_on, f.first_from as next_from
from decision_grant g
join decision d on d.id = g.decision_id
left join (select grant_key, min(effective_from) as first_from from provider_switch group by grant_key) f
       on f.grant_key = g.grant_key
where d.status = 'CURRENT' and g.provider_id is not null
union all
select g.grant_key, d.citizen_id, d.municipality_id, g.area_code, s.new_provider_id, s.effective_from,
       g.start_on, g.end_on, s.next_from
from decision_grant g
join decision d on d.id = g.decision_id
join (select grant_key, new_provider_id, effective_from,
             lead(effective_from) over (partition by grant_key order by effective_from, id) as next_from
      from provider_switch) s on s.grant_key = g.grant_key
where d.status = 'CURRENT';
