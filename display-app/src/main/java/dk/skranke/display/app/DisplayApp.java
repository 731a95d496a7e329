package dk.skranke.display.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dk.skranke.display.central.CentralClient;
import dk.skranke.display.central.EventFollower;
import dk.skranke.display.central.Heartbeat;
import dk.skranke.display.central.LastEventIdFile;
import dk.skranke.display.central.SseEvent;
import dk.skranke.display.central.WireFormat;
import dk.skranke.display.config.DisplayConfig;
import dk.skranke.display.desk.DeskCall;
import dk.skranke.display.desk.DeskPanel;
import dk.skranke.display.desk.DeskPresses;
import dk.skranke.display.room.BranchInfo;
import dk.skranke.display.room.Connection;
import dk.skranke.display.room.Effect;
import dk.skranke.display.room.QueueSnapshot;
import dk.skranke.display.room.RoomEvent;
import dk.skranke.display.room.RoomState;
import dk.skranke.display.room.Transition;
import dk.skranke.display.web.RoomPage;
import dk.skranke.display.web.RoomView;
import dk.skranke.hardware.Hardware;
import dk.skranke.hardware.buttons.SimulatedDeskButtons;
import dk.skranke.hardware.display.SimulatedDeskDisplays;
import dk.skranke.hardware.sound.Announcer;
import dk.skranke.hardware.sound.Call;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The display app's composition root: follows central's event stream into the room state, drives the desk LED
 * displays and the call sound from it, sends desk button presses to central, and serves the waiting-room page.
 * Receives its configuration, clock and hardware; {@link #start()} on port 0 works in tests.
 */
public final class DisplayApp implements AutoCloseable {
    public static final String VERSION = "0.1.0";
    private static final Logger log = LoggerFactory.getLogger(DisplayApp.class);

    private final DisplayConfig config;
    private final Clock clock;
    private final Hardware hardware;
    private final boolean ownsHardware;
    private final Announcer announcer;
    private final RoomState.Rules rules;
    private final AtomicReference<RoomState> room;
    private final LastEventIdFile lastEventId;
    private final CentralClient central;
    private final WireFormat wire;
    private final DeskPanel panel;
    private final DeskPresses presses;
    private final RoomPage page;
    private final EventFollower follower;
    private final Heartbeat heartbeat;

    /** An app on these devices; the caller keeps ownership of {@code hardware} and closes it. */
    public DisplayApp(DisplayConfig config, Clock clock, Hardware hardware) {
        this(config, clock, hardware, null, false);
    }

    /**
     * An app whose calls go to {@code announcer} instead of the hardware's (tests that listen to the calls, or a
     * sound setup of one's own); the caller owns both.
     */
    public DisplayApp(DisplayConfig config, Clock clock, Hardware hardware, Announcer announcer) {
        this(config, clock, hardware, Objects.requireNonNull(announcer, "announcer"), false);
    }

    private DisplayApp(DisplayConfig config, Clock clock, Hardware hardware, Announcer announcer, boolean owns) {
        this.config = Objects.requireNonNull(config, "config");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.hardware = Objects.requireNonNull(hardware, "hardware");
        this.ownsHardware = owns;
        this.announcer = announcer != null ? announcer : hardware.announcer().orElse(null);
        this.rules = new RoomState.Rules(config.room().history() + 20, config.room().announceWithin());
        ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        this.lastEventId = new LastEventIdFile(config.data());
        this.room = new AtomicReference<>(RoomState.initial(config.central().branch(), clock.instant(),
                lastEventId.read()));
        this.central = new CentralClient(config.central(), json);
        this.wire = new WireFormat(json);
        this.panel = new DeskPanel(hardware.displays().orElse(null), config.desks(), config.deskFeedback());
        this.presses = new DeskPresses(central, config, panel, room::get);
        this.page = new RoomPage(json, () -> RoomView.of(room.get(), config), this::health);
        this.follower = new EventFollower(central, wire, () -> room.get().lastEventId(),
                config.central().streamSilence(), new Follow());
        this.heartbeat = new Heartbeat(central, VERSION, this::deviceDetails);
    }

    /** An app that creates its devices from the configuration and closes them with itself (Main, system tests). */
    public static DisplayApp withOwnHardware(DisplayConfig config, Clock clock) {
        return new DisplayApp(config, clock, Hardware.create(config.hardwareSettings(), clock), null, true);
    }

    /** Serves the page, starts following central and taking button presses; returns at once. */
    public DisplayApp start() {
        page.start(config.http().host(), config.http().port());
        hardware.buttons().ifPresent(presses::attach);
        follower.start();
        heartbeat.start();
        log.info("display started branch={} port={} central={} resumeAfter={}", config.central().branch(), port(),
                config.central().url(), room.get().lastEventId() < 0 ? "none" : room.get().lastEventId());
        return this;
    }

    /** The port of the waiting-room page. */
    public int port() {
        return page.port();
    }

    /** The room as it is now. */
    public RoomState room() {
        return room.get();
    }

    public Hardware hardware() {
        return hardware;
    }

    /** The desk displays when they are the simulator (simulated mode). */
    public Optional<SimulatedDeskDisplays> simulatedDisplays() {
        return hardware.displays().filter(SimulatedDeskDisplays.class::isInstance).map(SimulatedDeskDisplays.class::cast);
    }

    /** The desk buttons when they are the simulator (simulated mode with {@code buttons:} configured). */
    public Optional<SimulatedDeskButtons> simulatedButtons() {
        return hardware.buttons().filter(SimulatedDeskButtons.class::isInstance).map(SimulatedDeskButtons.class::cast);
    }

    /** How every desk button press ended so far, oldest first. */
    public List<DeskPresses.Outcome> pressOutcomes() {
        return presses.outcomes();
    }

    /** How often the event stream was opened (first connect included). */
    public int streamConnections() {
        return follower.connections();
    }

    /** Open pages following the room. */
    public int pageFollowers() {
        return page.followers();
    }

    private Map<String, Object> health() {
        Map<String, Object> health = new LinkedHashMap<>();
        RoomState now = room.get();
        health.put("central", now.connection().wire());
        health.put("since", now.connectionSince());
        health.put("lastEventId", now.lastEventId());
        health.putAll(deviceDetails());
        return health;
    }

    private Map<String, Object> deviceDetails() {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("displays", panel.statuses());
        details.put("buttons", hardware.buttons().map(b -> b.status().state().name().toLowerCase()).orElse("none"));
        details.put("sound", announcer == null ? "none" : announcer.status().state().name().toLowerCase());
        details.put("pages", page.followers());
        return details;
    }

    private void carryOut(List<Effect> effects) {
        for (Effect effect : effects) {
            if (effect instanceof Effect.ShowNumber show) {
                panel.call(show.desk(), new DeskCall(show.ticketId(), show.number(), show.calledAt()));
            } else if (effect instanceof Effect.ClearDesk clear && clear.ticketId() == null) {
                panel.clear(clear.desk());
            } else if (effect instanceof Effect.ClearDesk clear) {
                panel.ended(clear.desk(), clear.ticketId());
            } else if (effect instanceof Effect.Announce call) {
                announce(call);
            }
        }
    }

    private void announce(Effect.Announce call) {
        if (announcer == null) {
            return;
        }
        try {
            announcer.announce(new Call(call.number(), call.desk(), call.language()));
        } catch (IllegalArgumentException e) {
            log.warn("cannot announce number={} desk={}: {}", call.number(), call.desk(), e.getMessage());
        }
    }

    /** Applies what the follower reports; runs on the follower's thread only, so the room has one writer. */
    private final class Follow implements EventFollower.Listener {
        @Override
        public void connected(BranchInfo branch, QueueSnapshot queue) {
            Transition t = room.get().rebuild(branch, queue);
            room.set(t.state().withConnection(Connection.LIVE, clock.instant()));
            page.changed(); // first: a silent LED display on the bus must not hold up the room page
            carryOut(t.effects());
        }

        @Override
        public void event(SseEvent sse) {
            RoomEvent event;
            try {
                event = wire.event(sse);
            } catch (IllegalArgumentException e) {
                log.warn("skipping event id={} type={}: {}", sse.id(), sse.event(), e.getMessage());
                event = new RoomEvent(WireFormat.eventId(sse.id()), "unreadable", null, null, null, null);
            }
            RoomState before = room.get();
            Transition t = before.apply(event, clock.instant(), rules);
            room.set(t.state());
            if (t.state().lastEventId() != before.lastEventId()) {
                lastEventId.write(t.state().lastEventId());
            }
            t.effects().stream().filter(Effect.ShowNumber.class::isInstance).map(Effect.ShowNumber.class::cast)
                    .forEach(s -> log.info("call number={} desk={} event={}", s.number(), s.desk(), sse.id()));
            if (!t.state().equals(before)) {
                page.changed(); // first: a silent LED display on the bus must not hold up the room page
            }
            carryOut(t.effects());
        }

        @Override
        public void idsRestarted(long firstId) {
            room.set(room.get().withLastEventId(firstId - 1));
            lastEventId.write(firstId - 1);
        }

        @Override
        public void disconnected(String why) {
            RoomState before = room.get();
            room.set(before.withConnection(Connection.LOST, clock.instant()));
            if (before.connection() != Connection.LOST) {
                page.changed();
            }
        }
    }

    @Override
    public void close() {
        heartbeat.close();
        follower.close();
        presses.close();
        panel.close();
        page.close();
        if (ownsHardware) {
            hardware.close();
        }
        log.info("display stopped");
    }
}
