/** Test support: the Arquillian wiring and HTTP helpers for tests against the deployed app. */
package io.postbot.web.testing;
