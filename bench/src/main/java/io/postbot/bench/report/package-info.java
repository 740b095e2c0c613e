/** The report: docs/bench/results.json, the generated part of docs/benchmarks.md and its charts. */
package io.postbot.bench.report;
