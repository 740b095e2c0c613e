/** Customer service's opening hours, configured per weekday in its own time zone. */
package io.postbot.handoff.domain.model.hours;
