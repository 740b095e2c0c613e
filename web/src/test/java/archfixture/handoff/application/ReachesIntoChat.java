package archfixture.handoff.application;

import archfixture.chat.domain.model.Parcel;

/** A use case that wrongly reaches into another context's domain. */
public class ReachesIntoChat {
  Parcel parcel;
}
