/**
 * The retention rules of the privacy policy: periods per kind of record, and the purge interval.
 */
package io.postbot.retention.domain.model.policy;
