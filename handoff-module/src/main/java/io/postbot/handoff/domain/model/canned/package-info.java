/** Canned responses: supervisors' ready-made answers in both languages. */
package io.postbot.handoff.domain.model.canned;
