/** The web adapters: REST and WebSocket for the widget, the widget itself and the console. */
package io.postbot.web;
