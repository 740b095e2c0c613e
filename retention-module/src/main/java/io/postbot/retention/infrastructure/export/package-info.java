/** Renders data-subject reports as PDF documents. */
package io.postbot.retention.infrastructure.export;
