package no.newsroom.gateway.service;

/** What an event stream carries: relayed outbox events, a reset when it cannot resume gap-free, heartbeats. */
public sealed interface StreamEvent permits LiveEvent, StreamReset, StreamEvent.Heartbeat {

    /** Keeps an idle stream's connection alive through proxies; carries no position. */
    record Heartbeat() implements StreamEvent {
    }
}
