package no.newsroom.gateway.service;

import jakarta.enterprise.context.ApplicationScoped;
import no.newsroom.gateway.config.EventsConfig;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

/** Counts open event streams, in all and per caller, against the configured caps. */
@ApplicationScoped
public class EventStreamSlots {

    private final EventsConfig config;
    private final Map<String, Integer> openByCaller = new HashMap<>();
    private int open;

    public EventStreamSlots(EventsConfig config) {
        this.config = config;
    }

    /**
     * A slot for one more stream of {@code caller}, to be released when the stream ends.
     *
     * @throws TooManyStreamsException when the gateway or the caller has the most streams open it may
     */
    public synchronized Slot take(String caller) {
        if (open >= config.maxStreams()) {
            throw new TooManyStreamsException(false);
        }
        int callers = openByCaller.getOrDefault(caller, 0);
        if (callers >= config.maxStreamsPerCaller()) {
            throw new TooManyStreamsException(true);
        }
        openByCaller.put(caller, callers + 1);
        open++;
        return new Slot(caller);
    }

    public synchronized int open() {
        return open;
    }

    private synchronized void release(String caller) {
        openByCaller.computeIfPresent(caller, (key, count) -> count > 1 ? count - 1 : null);
        open--;
    }

    /** One open stream; releasing it twice, as several ways a stream can end may, counts once. */
    public final class Slot {

        private final String caller;
        private final AtomicBoolean released = new AtomicBoolean();

        private Slot(String caller) {
            this.caller = caller;
        }

        public void release() {
            if (released.compareAndSet(false, true)) {
                EventStreamSlots.this.release(caller);
            }
        }
    }
}
