/** Errors as RFC 9457 problem details: clear for clients, never a stack trace or personal data. */
package io.postbot.web.problem;
