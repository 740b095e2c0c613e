/** A customer's contact details, validated when built: name, e-mail address, phone number. */
package io.postbot.handoff.domain.model.contact;
