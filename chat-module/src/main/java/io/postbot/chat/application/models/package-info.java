/**
 * Model versions: training in the background, evaluation against the active version, activation,
 * rollback, saved models at start-up, and the review's questions as training and evaluation data.
 */
package io.postbot.chat.application.models;
