/** The suite's sections: each measures one figure and the ceiling it is read against. */
package io.postbot.bench.sections;
