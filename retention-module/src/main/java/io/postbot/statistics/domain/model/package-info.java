/** Statistics without personal data: daily counts per intent, language and outcome; samples. */
package io.postbot.statistics.domain.model;
