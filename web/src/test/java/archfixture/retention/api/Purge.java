package archfixture.retention.api;

/** A retention api type. */
public interface Purge {}
