/** Browser tests of the chat widget on the demo page of the deployed application. */
package io.postbot.web.widget;
