/** Latency recording and the summaries (throughput, percentiles, errors) the report shows. */
package io.postbot.bench.measure;
