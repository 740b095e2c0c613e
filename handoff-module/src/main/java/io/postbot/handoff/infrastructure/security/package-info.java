/** Password hashing of console accounts with the platform's PBKDF2. */
package io.postbot.handoff.infrastructure.security;
