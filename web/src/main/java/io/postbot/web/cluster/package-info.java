/** What the servers of a cluster tell each other so live pushes reach every customer and agent. */
package io.postbot.web.cluster;
