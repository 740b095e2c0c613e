/** Deployment-wide wiring: the JAX-RS application, the datasource, health checks. */
package io.postbot.web.platform;
