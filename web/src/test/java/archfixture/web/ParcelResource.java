package archfixture.web;

import archfixture.chat.domain.model.Parcel;

/** A resource that wrongly bypasses the facade. */
public class ParcelResource {
  Parcel parcel;
}
