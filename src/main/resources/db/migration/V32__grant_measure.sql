-- What a grant measures (seed 001: § 100 and § 96 in money, § 97 and § 84 as pools of hours/days, §§ 103-108 as
-- places). A grant not in time stores no time: times, minutes and weekly minutes 0, per MONTH, no shifts, so
-- everything that reads decision_grant's minutes (reassessment, visits, settlement) counts nothing for it.
alter table decision_grant add column measure text not null default 'TIME'
    check (measure in ('TIME', 'AMOUNT', 'POOL', 'PLACE'));
alter table decision_grant add column amount_ore bigint check (amount_ore between 0 and 1000000000);
alter table decision_grant add column measure_per text check (measure_per in ('MONTH', 'YEAR', 'TWELVE_MONTHS'));
alter table decision_grant add column pool_quantity integer check (pool_quantity > 0);
alter table decision_grant add column pool_unit text check (pool_unit in ('HOURS', 'DAYS'));
alter table decision_grant add column place text check (length(place) <= 200);
alter table decision_grant add column days_per_week integer check (days_per_week between 1 and 7);

alter table decision_grant drop constraint decision_grant_times_check;
alter table decision_grant drop constraint decision_grant_minutes_per_delivery_check;
alter table decision_grant add constraint decision_grant_time_by_measure check (
    case measure
        when 'TIME' then times > 0 and minutes_per_delivery between 1 and 1440
        else times = 0 and minutes_per_delivery = 0 and weekly_minutes = 0
    end);
alter table decision_grant add constraint decision_grant_measure_fields check (
    case measure
        when 'AMOUNT' then amount_ore is not null and measure_per in ('MONTH', 'YEAR')
        when 'POOL' then pool_quantity is not null and pool_unit is not null and measure_per in ('MONTH', 'TWELVE_MONTHS')
        when 'PLACE' then place is not null
        else amount_ore is null and pool_quantity is null and place is null
    end);
