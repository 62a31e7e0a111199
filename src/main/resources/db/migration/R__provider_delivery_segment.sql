-- Who delivers each grant of a current decision version, when (provider module; read by other modules' set-based
-- SQL, e.g. the delivery module's visit import, which checks a million visits at once against it). One row per
-- segment: the provider chosen when the grant was decided (from the start: from_on null), then each switch from its
-- effective day; a segment lasts until the next switch (next_from, exclusive) and never beyond the grant's end.
-- Segments of one grant do not overlap, so a grant day has at most one provider. Java callers go through
-- dk.omsorg.provider.Providers (ProviderTables reads this view too).
create or replace view grant_delivery_segment as
with g as (
    select g.grant_key, d.citizen_id, d.municipality_id, g.provider_id, g.area_code, g.start_on, g.end_on
    from decision_grant g join decision d on d.id = g.decision_id
    where d.status = 'CURRENT'
),
s as (
    select grant_key, new_provider_id, effective_from,
           lead(effective_from) over (partition by grant_key order by effective_from, id) as next_from
    from provider_switch
)
select g.grant_key, g.citizen_id, g.municipality_id, g.area_code, g.provider_id, null::date as from_on,
       g.start_on, g.end_on,
       (select min(x.effective_from) from provider_switch x where x.grant_key = g.grant_key) as next_from
from g where g.provider_id is not null
union all
select g.grant_key, g.citizen_id, g.municipality_id, g.area_code, s.new_provider_id, s.effective_from,
       g.start_on, g.end_on, s.next_from
from g join s on s.grant_key = g.grant_key;
