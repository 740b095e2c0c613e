/** Console users: agents, supervisors and administrators, their roles, passwords and presence. */
package io.postbot.handoff.domain.model.agent;
