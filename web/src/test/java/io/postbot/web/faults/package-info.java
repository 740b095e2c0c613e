/** The fault-injection suite: the application as a real process, faults injected from outside. */
package io.postbot.web.faults;
