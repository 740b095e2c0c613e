/** The widget's handoff and survey API, and live queue updates pushed to waiting customers. */
package io.postbot.web.handoff;
