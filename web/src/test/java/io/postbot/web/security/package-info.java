/** Tests that attack the deployed application from outside: oversized bodies, headers, roles. */
package io.postbot.web.security;
