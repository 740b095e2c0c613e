package archfixture.chat.infrastructure;

/** An adapter. */
public class ParcelTable {}
