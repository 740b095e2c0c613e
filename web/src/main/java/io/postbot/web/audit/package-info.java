/** The audit log in the console: recording console users' actions, and the admins' audit page. */
package io.postbot.web.audit;
