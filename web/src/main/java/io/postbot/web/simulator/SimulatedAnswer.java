package io.postbot.web.simulator;

/** What the simulated tracking API answers: an HTTP status and a JSON body in the v2 shape. */
public record SimulatedAnswer(int status, String json) {}
