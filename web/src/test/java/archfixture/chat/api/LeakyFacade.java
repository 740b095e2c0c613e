package archfixture.chat.api;

import archfixture.chat.infrastructure.ParcelTable;

/** An api type that wrongly exposes an infrastructure class. */
public interface LeakyFacade {
  ParcelTable table();
}
