/** The AgentChat aggregate: a customer's contact with a person, its notes and closing category. */
package io.postbot.handoff.domain.model.agentchat;
