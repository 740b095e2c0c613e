/**
 * Adapters of the tracking gateway: the carrier's tracking API (v2 JSON) over the MicroProfile REST
 * client with fault tolerance, and the same exchange over the JDK's HTTP client.
 */
package io.postbot.chat.infrastructure.tracking;
