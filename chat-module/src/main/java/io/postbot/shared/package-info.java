/**
 * Shared kernel: the few value objects every bounded context agrees on (ids, language, legal
 * basis).
 */
package io.postbot.shared;
