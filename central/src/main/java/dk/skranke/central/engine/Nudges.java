package dk.skranke.central.engine;

import dk.skranke.core.error.InvalidInputException;
import dk.skranke.core.event.EventType;
import dk.skranke.core.i18n.Language;
import dk.skranke.core.ticket.NudgeOutcome;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

/** Records the answers to the kiosk's digital-alternative nudge, for the channel-shift figures. */
public final class Nudges {
    private final BranchEngine engine;
    private final Clock clock;

    public Nudges(BranchEngine engine, Clock clock) {
        this.engine = engine;
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
            if (engine.earlierRequest(clientRequestId, "nudge", fingerprint).isPresent()) {
                return answer;
            }
            return engine.mutate(actor, clock.instant(), change -> {
                change.record(EventType.NUDGE_ANSWERED, null, null, service, Map.of("nudge", answer));
                engine.rememberRequest(change, clientRequestId, "nudge", fingerprint, null);
                return answer;
            });
        });
    }
}
