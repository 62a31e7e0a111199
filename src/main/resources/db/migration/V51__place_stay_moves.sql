-- Places (issue 19): moving in and out of a stay. A planned stay that does not happen is cancelled with its reason
-- and day; the move-in and move-out are recorded with who did them.
alter table place_stay add column cancelled_on  date;
alter table place_stay add column cancel_reason text;
alter table place_stay add constraint place_stay_cancel_reason
    check (status <> 'CANCELLED' or cancel_reason is null or length(btrim(cancel_reason)) > 0);
alter table place_stay add column moved_in_by  text;
alter table place_stay add column moved_out_by text;

-- Own payment for a temporary stay per day (issue 19): the co-payment settlement gets the unit DAY.
alter table settlement_copayment_price drop constraint settlement_copayment_price_unit_check;
alter table settlement_copayment_price add constraint settlement_copayment_price_unit_check
    check (unit in ('MONTH','VISIT','DAY'));
