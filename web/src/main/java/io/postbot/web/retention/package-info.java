/** Administrators' API of the retention context: the purge audit and data-subject requests. */
package io.postbot.web.retention;
