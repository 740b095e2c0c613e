/** Protections every request passes through before any endpoint: body limits, security headers. */
package io.postbot.web.security;
