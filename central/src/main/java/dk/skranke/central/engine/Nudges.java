package dk.skranke.central.engine;

import dk.skranke.central.store.IdempotencyStore.Entry;
import dk.skranke.core.error.ConflictException;
import dk.skranke.core.error.InvalidInputException;
import dk.skranke.core.event.EventType;
import dk.skranke.core.i18n.Language;
import dk.skranke.core.ticket.NudgeOutcome;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Records the answers to the kiosk's digital-alternative nudge, for the channel-shift figures. */
public final class Nudges {
    private final BranchEngine engine;
    private final Stores stores;
    private final Clock clock;

    public Nudges(BranchEngine engine, Stores stores, Clock clock) {
        this.engine = engine;
        this.stores = stores;
        this.clock = clock;
    }

    /** Records one answer; a repeated clientRequestId records nothing more. Returns what was recorded. */
    public Map<String, Object> record(String service, NudgeOutcome outcome, Language language,
            String clientRequestId, String actor) {
        engine.requireService(service);
        if (!engine.branch().service(service).hasDigitalAlternative()) {
            throw new InvalidInputException("service", "service '" + service + "' has no digital alternative to nudge to");
        }
        String fingerprint = service + "/" + outcome.wire();
        return engine.locked(() -> {
            Map<String, Object> answer = new LinkedHashMap<>();
            answer.put("service", service);
            answer.put("outcome", outcome.wire());
            answer.put("language", language.code());
            if (alreadyRecorded(clientRequestId, fingerprint)) {
                return answer;
            }
            return engine.mutate(actor, clock.instant(), change -> {
                change.record(EventType.NUDGE_ANSWERED, null, null, service, Map.of("nudge", answer));
                engine.rememberRequest(change, clientRequestId, "nudge", fingerprint, null);
                return answer;
            });
        });
    }

    private boolean alreadyRecorded(String clientRequestId, String fingerprint) {
        if (clientRequestId == null) {
            return false;
        }
        Optional<Entry> earlier = stores.db().read(c -> stores.idempotency().find(c, engine.branch().id(),
                clientRequestId));
        earlier.ifPresent(entry -> {
            if (!entry.operation().equals("nudge") || !entry.fingerprint().equals(fingerprint)) {
                throw new ConflictException("client-request-id-reused",
                        "this clientRequestId was already used for a different request");
            }
        });
        return earlier.isPresent();
    }
}
