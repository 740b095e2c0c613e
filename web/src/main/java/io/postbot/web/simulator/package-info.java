/**
 * A stand-in for the carrier's tracking API, built into the application so the bot tracks parcels
 * offline: deterministic, realistic histories in the carrier's v2 JSON shape.
 */
package io.postbot.web.simulator;
