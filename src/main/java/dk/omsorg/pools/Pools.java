package dk.omsorg.pools;

import dk.omsorg.audit.AuditAction;
import dk.omsorg.audit.AuditLog;
import dk.omsorg.citizen.Citizen;
import dk.omsorg.citizen.Citizens;
import dk.omsorg.pools.PoolLedger.Event;
import dk.omsorg.pools.PoolLedger.EventKind;
import dk.omsorg.pools.PoolLedger.Terms;
import dk.omsorg.pools.internal.PoolRepository;
import dk.omsorg.security.CurrentUser;
import dk.omsorg.security.CurrentUsers;
import dk.omsorg.security.RequireCaseworker;
import dk.omsorg.security.RequireCitizenAccess;
import dk.omsorg.shared.ConflictException;
import dk.omsorg.shared.DanishTime;
import dk.omsorg.shared.DomainException.Violation;
import dk.omsorg.shared.InvalidInputException;
import dk.omsorg.shared.NotFoundException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Pools (puljer): opening one for a grant, its ledger and balance, registering uses, deductions and the yearly
 * companion allowance. Writers to one pool take turns on the pool's row lock, and the whole ledger is replayed
 * with the new use before it is stored, so two uses at once cannot overdraw. Another municipality's pool answers
 * as one that does not exist (404); every read and change is audited; a broken rule stores nothing.
 */
@Service
@Transactional
public class Pools {

    static final String RESOURCE = "pool";
    static final int MAX_NOTE = 1000;
    static final int MAX_RECEIPT = 200;

    private final PoolRepository pools;
    private final PoolRules rules;
    private final Citizens citizens;
    private final CurrentUsers users;
    private final AuditLog audit;
    private final Clock clock;

    Pools(PoolRepository pools, PoolRules rules, Citizens citizens, CurrentUsers users, AuditLog audit, Clock clock) {
        this.pools = pools;
        this.rules = rules;
        this.citizens = citizens;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    /** What opens a pool: the grant (by key, no foreign key), its kind, start, end and quantity. */
    public record Opening(UUID grantKey, PoolKind kind, LocalDate startsOn, LocalDate endsOn, BigDecimal quantity,
                          BigDecimal savedHours) {
    }

    @RequireCaseworker
    public PoolView open(long citizenId, Opening o) {
        Citizen citizen = citizens.accessible(citizenId);
        PoolPolicy policy = rules.forMunicipality(citizen.municipalityId()).orElse(null);
        List<Violation> v = new ArrayList<>();
        if (o.grantKey() == null) {
            v.add(new Violation("grantKey", "pool.grantKey.required"));
        }
        if (o.kind() == null) {
            v.add(new Violation("kind", "pool.kind.required"));
        }
        if (o.startsOn() == null) {
            v.add(new Violation("startsOn", "pool.startsOn.required"));
        } else if (o.endsOn() != null && o.endsOn().isBefore(o.startsOn())) {
            v.add(new Violation("endsOn", "pool.endsOn.beforeStart"));
        }
        BigDecimal quantity = o.quantity();
        BigDecimal saved = o.savedHours() == null ? BigDecimal.ZERO : o.savedHours();
        if (o.kind() != null && o.startsOn() != null) {
            if (o.kind() == PoolKind.COMPANION_HOURS) {
                PoolPolicy.Companion rule = policy == null ? null : policy.companionOn(o.startsOn()).orElse(null);
                if (rule == null) {
                    v.add(new Violation("startsOn", "pool.noRule"));
                } else {
                    // § 97 gives the policy's hours a month; a different quantity is a mistake, not a grant
                    if (quantity != null && quantity.compareTo(rule.hoursPerMonth()) != 0) {
                        v.add(new Violation("quantity", "pool.quantity.companion", Quantities.text(rule.hoursPerMonth())));
                    }
                    quantity = rule.hoursPerMonth();
                    if (!Quantities.valid(saved, false) && saved.signum() != 0) {
                        v.add(new Violation("savedHours", "pool.quantity.invalid"));
                    } else if (saved.add(rule.hoursPerMonth()).compareTo(rule.maxSavedHours()) > 0) {
                        v.add(new Violation("savedHours", "pool.savedHours.aboveCap", Quantities.text(rule.maxSavedHours()),
                                Quantities.text(rule.maxSavedHours().subtract(rule.hoursPerMonth()).max(BigDecimal.ZERO))));
                    }
                }
            } else {
                if (policy == null || policy.periodOn(o.kind(), o.startsOn()).isEmpty()) {
                    v.add(new Violation("startsOn", "pool.noRule"));
                }
                if (saved.signum() != 0) {
                    v.add(new Violation("savedHours", "pool.savedHours.companionOnly"));
                }
                if (quantity == null) {
                    v.add(new Violation("quantity", "pool.quantity.required"));
                } else if (!Quantities.valid(quantity, o.kind().days())) {
                    v.add(new Violation("quantity", o.kind().days() ? "pool.quantity.wholeDays" : "pool.quantity.invalid"));
                }
            }
        }
        if (!v.isEmpty()) {
            throw new InvalidInputException(v);
        }
        CurrentUser user = users.current();
        long id = pools.insert(citizen.municipalityId(), citizenId, o.grantKey(), o.kind(), o.startsOn(), o.endsOn(),
                quantity, saved, Instant.now(clock), user.username())
                .orElseThrow(() -> new ConflictException("pool.exists"));
        audit.changed(AuditAction.CREATE, citizenId, RESOURCE, id, "pulje oprettet: " + PoolView.kindName(o.kind()));
        return view(pools.find(id).orElseThrow(), today());
    }

    @RequireCitizenAccess
    public List<PoolView> forCitizen(long citizenId) {
        Citizen citizen = citizens.accessible(citizenId);
        LocalDate today = today();
        List<PoolView> all = pools.forCitizen(citizen.municipalityId(), citizenId).stream().map(p -> view(p, today)).toList();
        audit.read(citizenId, RESOURCE, null);
        return all;
    }

    @RequireCitizenAccess
    public PoolView read(long id) {
        Pool pool = accessible(id);
        audit.read(pool.citizenId(), RESOURCE, id);
        return view(pool, today());
    }

    /** A use (or, with {@code DEDUCTION}, companionship given by another offer) on {@code on}. */
    @RequireCaseworker
    public PoolView register(long id, EventKind kind, LocalDate on, BigDecimal quantity, String note, Integer version) {
        Pool pool = accessible(id);
        List<Violation> v = new ArrayList<>();
        LocalDate today = today();
        if (on == null) {
            v.add(new Violation("on", "pool.use.dateRequired"));
        } else if (on.isBefore(pool.startsOn())) {
            v.add(new Violation("on", "pool.use.beforeStart", Quantities.date(pool.startsOn())));
        } else if (on.isAfter(today)) {
            v.add(new Violation("on", "pool.use.future"));
        }
        if (quantity == null) {
            v.add(new Violation("quantity", "pool.quantity.required"));
        } else if (!Quantities.valid(quantity, pool.kind().days())) {
            v.add(new Violation("quantity", pool.kind().days() ? "pool.quantity.wholeDays" : "pool.quantity.invalid"));
        }
        String text = note == null || note.isBlank() ? null : note.strip();
        if (text != null && text.length() > MAX_NOTE) {
            v.add(new Violation("note", "pool.note.tooLong", MAX_NOTE));
        }
        if (kind == EventKind.DEDUCTION && pool.kind() != PoolKind.COMPANION_HOURS) {
            v.add(new Violation("quantity", "pool.deduction.companionOnly"));
        }
        if (version == null) {
            v.add(new Violation("version", "pool.version.required"));
        }
        if (!v.isEmpty()) {
            throw new InvalidInputException(v);
        }
        Pool locked = lockAt(id, version);
        Terms terms = terms(locked);
        List<Event> events = new ArrayList<>(pools.entries(id));
        Event added = new Event(null, on, kind, quantity, text);
        events.add(added);
        if (!PoolLedger.asOf(terms, events, today).covered()) {
            BigDecimal available = PoolLedger.asOf(terms, pools.entries(id), on).balance();
            throw new InvalidInputException("quantity", "pool.use.beyondBalance",
                    Quantities.withUnit(available, pool.kind()), Quantities.date(on));
        }
        CurrentUser user = users.current();
        Instant now = Instant.now(clock);
        long entry = pools.insertEntry(id, kind, on, quantity, text, now, user.username());
        pools.touch(id, now, user.username());
        audit.changed(AuditAction.UPDATE, pool.citizenId(), RESOURCE, id, (kind == EventKind.USE ? "forbrug registreret: "
                : "fradrag registreret: ") + Quantities.withUnit(quantity, pool.kind()) + " (post " + entry + ")");
        return view(pools.find(id).orElseThrow(), today);
    }

    /** As {@link #register} for the citizen's own page: a pool of another citizen is not found. */
    @RequireCaseworker
    public PoolView registerFor(long citizenId, long id, EventKind kind, LocalDate on, BigDecimal quantity, String note,
                                Integer version) {
        if (accessible(id).citizenId() != citizenId) {
            throw new NotFoundException("pool.notFound");
        }
        return register(id, kind, on, quantity, note, version);
    }

    /** As {@link #payAllowance} for the citizen's own page: a pool of another citizen is not found. */
    @RequireCaseworker
    public PoolView payAllowanceFor(long citizenId, long id, LocalDate paidOn, BigDecimal amount, String receiptReference,
                                    Integer version) {
        if (accessible(id).citizenId() != citizenId) {
            throw new NotFoundException("pool.notFound");
        }
        return payAllowance(id, paidOn, amount, receiptReference, version);
    }

    /** The yearly allowance for the companion's expenses (seed 001 § 97 stk. 7), once a year on receipts. */
    @RequireCaseworker
    public PoolView payAllowance(long id, LocalDate paidOn, BigDecimal amount, String receiptReference, Integer version) {
        Pool pool = accessible(id);
        LocalDate today = today();
        LocalDate on = paidOn == null ? today : paidOn;
        List<Violation> v = new ArrayList<>();
        if (pool.kind() != PoolKind.COMPANION_HOURS) {
            v.add(new Violation("amount", "pool.allowance.companionOnly"));
        }
        if (on.isAfter(today)) {
            v.add(new Violation("paidOn", "pool.allowance.future"));
        } else if (on.isBefore(pool.startsOn())) {
            v.add(new Violation("paidOn", "pool.use.beforeStart", Quantities.date(pool.startsOn())));
        }
        PoolPolicy.Allowance rule = rules.forMunicipality(pool.municipalityId()).flatMap(p -> p.allowanceOn(on)).orElse(null);
        if (amount == null) {
            v.add(new Violation("amount", "pool.allowance.amountRequired"));
        } else if (amount.signum() <= 0 || amount.stripTrailingZeros().scale() > 2) {
            v.add(new Violation("amount", "pool.allowance.amountInvalid"));
        } else if (rule == null) {
            v.add(new Violation("paidOn", "pool.noRule"));
        } else if (amount.compareTo(rule.yearlyAmount()) > 0) {
            v.add(new Violation("amount", "pool.allowance.aboveLevel", Quantities.kroner(rule.yearlyAmount())));
        }
        String receipt = receiptReference == null ? "" : receiptReference.strip();
        if (receipt.isEmpty()) {
            v.add(new Violation("receiptReference", "pool.allowance.receiptRequired"));
        } else if (receipt.length() > MAX_RECEIPT) {
            v.add(new Violation("receiptReference", "pool.allowance.receiptTooLong", MAX_RECEIPT));
        }
        if (version == null) {
            v.add(new Violation("version", "pool.version.required"));
        }
        if (!v.isEmpty()) {
            throw new InvalidInputException(v);
        }
        lockAt(id, version);
        CurrentUser user = users.current();
        Instant now = Instant.now(clock);
        long payout = pools.insertPayout(id, on.getYear(), on, amount, receipt, now, user.username())
                .orElseThrow(() -> new InvalidInputException("paidOn", "pool.allowance.alreadyPaid", String.valueOf(on.getYear())));
        pools.touch(id, now, user.username());
        audit.changed(AuditAction.UPDATE, pool.citizenId(), RESOURCE, id, "ledsagerudgifter udbetalt for "
                + on.getYear() + ": " + Quantities.kroner(amount) + " (udbetaling " + payout + ")");
        return view(pools.find(id).orElseThrow(), today);
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(DanishTime.ZONE));
    }

    private Pool lockAt(long id, int version) {
        Pool locked = pools.lock(id).orElseThrow(() -> new NotFoundException("pool.notFound"));
        if (locked.version() != version) {
            throw new OptimisticLockingFailureException("Pool " + id + " is at version " + locked.version()
                    + ", the change was made to version " + version);
        }
        return locked;
    }

    private Pool accessible(long id) {
        Pool pool = pools.find(id).orElseThrow(() -> new NotFoundException("pool.notFound"));
        citizens.accessibleFor(pool.citizenId(), "pool.notFound");
        return pool;
    }

    /** The pool's terms from the rule in force on its start day. */
    Terms terms(Pool pool) {
        PoolPolicy policy = rules.forMunicipality(pool.municipalityId())
                .orElseThrow(() -> new IllegalStateException("No pool rules for municipality " + pool.municipalityId()));
        if (pool.kind() == PoolKind.COMPANION_HOURS) {
            PoolPolicy.Companion c = policy.companionOn(pool.startsOn()).orElseThrow();
            return new Terms(pool.startsOn(), pool.endsOn(), pool.quantity(), 1, c.savedMonths(), c.maxSavedHours(),
                    pool.savedOnOpen());
        }
        PoolPolicy.Period p = policy.periodOn(pool.kind(), pool.startsOn()).orElseThrow();
        return new Terms(pool.startsOn(), pool.endsOn(), pool.quantity(), p.periodMonths(), p.periodMonths(), null, null);
    }

    private PoolView view(Pool pool, LocalDate today) {
        PoolLedger.Result ledger = PoolLedger.asOf(terms(pool), pools.entries(pool.id()), today);
        return new PoolView(pool, ledger, pools.payouts(pool.id()));
    }
}
